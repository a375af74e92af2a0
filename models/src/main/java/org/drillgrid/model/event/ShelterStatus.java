package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A shelter opened, closed or filled up; its occupants (persons) then. */
@JsonPropertyOrder({"t", "type"})
public record ShelterStatus(long t, String shelter, boolean open, long occupants, String reason) implements SimEvent {

    public static final String TYPE = "shelter-status";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
