package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a shock did to the built city: households whose home is now in each damage state (counted once, at
 * the worst state reached in this shock), road cells blocked by debris or sliding ground, and cells where the
 * ground slid.
 */
@JsonPropertyOrder({"t", "type"})
public record BuildingsDamaged(long t, long slight, long moderate, long severe, long collapse, int roadCellsBlocked,
        int landslideCells) implements SimEvent {

    public static final String TYPE = "buildings-damaged";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
