package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Households given a place in a shelter during the tick. */
@JsonPropertyOrder({"t", "type"})
public record PeopleSheltered(long t, String shelter, long persons, List<Integer> households) implements SimEvent {

    public static final String TYPE = "people-sheltered";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
