package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A levee or dam begins to give way: its breach cells start to drop towards {@code to} m above datum. */
@JsonPropertyOrder({"t", "type"})
public record LeveeBreached(long t, String levee, int cells, double to) implements SimEvent {

    public static final String TYPE = "levee-breached";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
