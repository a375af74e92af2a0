package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An earthquake strikes: the main shock ({@code aftershock} false) or an aftershock. The epicentre is in grid
 * cells ({@code col}, {@code row}, fractional, possibly outside the grid); {@code maxIntensity} is the highest
 * intensity on the grid, {@code warningLeadSeconds} the early warning's lead time at the most populated cell
 * (0 inside the blind zone).
 */
@JsonPropertyOrder({"t", "type"})
public record Earthquake(long t, double magnitude, double col, double row, double depthKm, double maxIntensity,
        double warningLeadSeconds, boolean aftershock) implements SimEvent {

    public static final String TYPE = "earthquake";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
