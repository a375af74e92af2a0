package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Hourly state of the water: cells deeper than 0.1 m, the deepest water (m, rounded to mm), the water
 * stored on the grid (m³, rounded), the rain of the last tick (mm/h, to 0.1), and road cells (any class) under
 * water too deep for cars (0.3 m) and for high-clearance rescue trucks (0.6 m).
 */
@JsonPropertyOrder({"t", "type"})
public record FloodStatus(long t, int wetCells, double maxDepth, long volume, double rain, int roadsClosedToCars,
        int roadsClosedToTrucks) implements SimEvent {

    public static final String TYPE = "flood-status";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
