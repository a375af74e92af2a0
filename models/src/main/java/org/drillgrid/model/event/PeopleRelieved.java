package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Households that got basic living relief (a shelter place, food and water) during the tick, with each household's relief time in hours (relieved minus affected), in the same order. */
@JsonPropertyOrder({"t", "type"})
public record PeopleRelieved(long t, String shelter, long persons, List<Integer> households, List<Double> hours) implements SimEvent {

    public static final String TYPE = "people-relieved";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
