package org.drillgrid.model.drill;

import java.util.List;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.SimDuration;

/**
 * A monitoring station: what it measures at {@code cell}, how often ({@code every}, default 10 min, a whole number of time steps) and
 * how late its reading reaches the command post ({@code latency}, default 5 min). It falls silent while
 * its cell has no power or no network. {@code audience}: the positions its reports go to (empty = all).
 */
public record Sensor(String id, String type, LocalizedText name, CellRef cell, SimDuration every, SimDuration latency,
        List<String> audience) {

    /**
     * Rain gauge (the rain rate at the reading, mm/h), hydrological station (water depth at its cell, m),
     * fire camera, seismic station (the last two need hazards that come with the earthquake and fire models).
     */
    public static final List<String> TYPES = List.of("rain-gauge", "hydro-station", "fire-camera", "seismic-station");

    public long everySeconds() {
        return every == null ? 600 : every.seconds();
    }

    public long latencySeconds() {
        return latency == null ? 300 : latency.seconds();
    }

    public List<String> audienceOrEmpty() {
        return audience == null ? List.of() : audience;
    }
}
