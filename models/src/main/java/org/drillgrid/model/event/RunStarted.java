package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * First event of every log: which scenario and seed, the grid, the tick, how long the run is meant to
 * go, and the world it starts with (residents from the population layer, forces and shelter places).
 */
@JsonPropertyOrder({"t", "type"})
public record RunStarted(long t, String scenario, long seed, int cols, int rows, long timeStep, long until,
        long population, int teams, int teamMembers, int depots, int shelters, long shelterCapacity)
        implements SimEvent {

    public static final String TYPE = "run-started";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
