package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Water at a shelter's cell passed the depth at which it can no longer take people; depth in m. */
@JsonPropertyOrder({"t", "type"})
public record ShelterFlooded(long t, String shelter, double depth) implements SimEvent {

    public static final String TYPE = "shelter-flooded";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
