package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Trapped households a team brought out during the tick. */
@JsonPropertyOrder({"t", "type"})
public record PeopleRescued(long t, String team, long persons, List<Integer> households) implements SimEvent {

    public static final String TYPE = "people-rescued";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
