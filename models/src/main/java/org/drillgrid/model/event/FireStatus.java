package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The fire each hour (and at the end of a tick where a populated cell is first reached): burned area
 * ({@code burnedHa}), cells on the active front, fireline cells built so far, and populated cells the fire has
 * reached (burned, or burning next door).
 */
@JsonPropertyOrder({"t", "type"})
public record FireStatus(long t, double burnedHa, int frontCells, int firelineCells, int populatedCellsReached)
        implements SimEvent {

    public static final String TYPE = "fire-status";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
