package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Last event of a complete log: ticks run and why the run ended ({@code until} reached, the scenario's
 * {@code duration} reached, or {@code stopped} by a controller).
 */
@JsonPropertyOrder({"t", "type"})
public record RunEnded(long t, long ticks, String reason) implements SimEvent {

    public static final String TYPE = "run-ended";
    public static final String UNTIL = "until";
    public static final String DURATION = "duration";
    public static final String STOPPED = "stopped";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
