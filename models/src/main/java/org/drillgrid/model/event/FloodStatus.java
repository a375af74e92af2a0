package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Hourly state of the water: cells deeper than 0.1 m, the deepest water (m, rounded to mm), the water
 * stored on the grid (m³, rounded) and the rain of the last tick (mm/h).
 */
@JsonPropertyOrder({"t", "type"})
public record FloodStatus(long t, int wetCells, double maxDepth, long volume, double rain) implements SimEvent {

    public static final String TYPE = "flood-status";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
