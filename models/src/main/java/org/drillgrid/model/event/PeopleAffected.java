package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Households that became affected during the tick: {@code flooded} (water at home over the affected depth) or {@code displaced} (left home to evacuate). */
@JsonPropertyOrder({"t", "type"})
public record PeopleAffected(long t, String cause, long persons, List<Integer> households) implements SimEvent {

    public static final String TYPE = "people-affected";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
