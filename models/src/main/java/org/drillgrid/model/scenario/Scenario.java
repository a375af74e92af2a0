package org.drillgrid.model.scenario;

import org.drillgrid.model.hazard.HazardSpec;
import java.util.List;

/**
 * A scenario document, format version 1 (docs/scenario-format.md). Fields are as read: optional ones
 * may be null, and the {@code ...OrDefault} accessors apply the documented defaults. Only a document
 * that {@code ScenarioValidator} accepted is handed to the engine.
 */
public record Scenario(Integer format, String id, LocalizedText name, LocalizedText description, GridSpec grid,
        String start, Long seed, SimDuration timeStep, SimDuration duration, Layers layers, List<HazardSpec> hazards,
        Forces forces, Drill drill) {

    public static final int FORMAT = 1;
    public static final long DEFAULT_SEED = 1;
    public static final long DEFAULT_TIME_STEP = 60;

    /**
     * The wall-clock moment sim time 0 stands for ({@code start}, ISO-8601 with offset, e.g.
     * {@code 2021-07-20T06:00:00+08:00}); empty when the document has none or it does not parse.
     */
    public java.util.Optional<java.time.OffsetDateTime> startTime() {
        if (start == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.OffsetDateTime.parse(start));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    public long seedOrDefault() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    public long timeStepSeconds() {
        return timeStep == null ? DEFAULT_TIME_STEP : timeStep.seconds();
    }

    public LocalizedText nameOrId() {
        return name == null || name.isEmpty() ? LocalizedText.of(id) : name;
    }

    public Forces forcesOrNone() {
        return forces == null ? Forces.NONE : forces;
    }

    public List<HazardSpec> hazardsOrEmpty() {
        return hazards == null ? List.of() : hazards;
    }

    public Drill drillOrEmpty() {
        return drill == null ? new Drill(null, List.of()) : drill;
    }

    public Targets targetsOrNone() {
        Targets t = drillOrEmpty().targets();
        return t == null ? Targets.NONE : t.resolved();
    }
}
