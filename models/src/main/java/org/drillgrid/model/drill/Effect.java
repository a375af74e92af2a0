package org.drillgrid.model.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.drillgrid.model.scenario.SimDuration;

/** What an inject changes in the simulated world when it fires (besides delivering its message). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Effect.Rain.class, name = "rain"),
        @JsonSubTypes.Type(value = Effect.Breach.class, name = "breach"),
        @JsonSubTypes.Type(value = Effect.Outage.class, name = "outage"),
        @JsonSubTypes.Type(value = Effect.RoadCollapse.class, name = "road-collapse"),
        @JsonSubTypes.Type(value = Effect.ShelterLost.class, name = "shelter-lost"),
        @JsonSubTypes.Type(value = Effect.Aftershock.class, name = "aftershock"),
        @JsonSubTypes.Type(value = Effect.Ignition.class, name = "ignition")})
public sealed interface Effect {

    /** {@code mmPerHour} more rain over the whole grid for {@code duration} (a cell burst); needs a flood. */
    record Rain(Double mmPerHour, SimDuration duration) implements Effect {
    }

    /**
     * A levee or dam of the flood gives way now: its crest cells fall to {@code to} m above datum (default:
     * the levee's scripted breach bottom) over {@code over} (default the scripted one, else 30 min).
     */
    record Breach(String levee, Double to, SimDuration over) implements Effect {
    }

    /** Power, network or road ({@code kind}) fails over {@code area} for {@code duration} (absent: until restored). */
    record Outage(String kind, AreaRef area, SimDuration duration) implements Effect {
    }

    /** Roads in {@code area} collapse: closed to every vehicle until a team clears them. */
    record RoadCollapse(AreaRef area) implements Effect {
    }

    /** A shelter is lost (damaged, cut off): it closes and its people move on. */
    record ShelterLost(String shelter) implements Effect {
    }

    /** An aftershock of {@code magnitude} at {@code at}; needs an earthquake hazard. */
    record Aftershock(AreaRef at, Double magnitude) implements Effect {
    }

    /** A fire starts at {@code at}; needs a fire hazard. */
    record Ignition(AreaRef at) implements Effect {
    }
}
