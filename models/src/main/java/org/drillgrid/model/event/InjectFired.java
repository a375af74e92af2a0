package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.drillgrid.model.scenario.LocalizedText;

/** A drill inject delivered: its id, how it was triggered ("at", "when water-depth", "after ID", "controller"), channel, audience (positions; empty = all) and message. */
@JsonPropertyOrder({"t", "type"})
public record InjectFired(long t, String inject, String trigger, String channel, List<String> audience,
        LocalizedText message)
        implements SimEvent {

    public static final String TYPE = "inject-fired";

    public InjectFired {
        audience = List.copyOf(audience);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
