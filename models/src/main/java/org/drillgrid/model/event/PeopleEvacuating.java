package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Households that set out for a shelter during the tick, and how many went by car. */
@JsonPropertyOrder({"t", "type"})
public record PeopleEvacuating(long t, long persons, int cars, List<Integer> households) implements SimEvent {

    public static final String TYPE = "people-evacuating";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
