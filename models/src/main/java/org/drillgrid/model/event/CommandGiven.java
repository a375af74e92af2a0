package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A commander's lever was pulled: which ({@code lever}), on what ({@code target}), details, by whom ({@code by}: a policy or a role), and whether the engine carried it out; {@code reason} says why not. */
@JsonPropertyOrder({"t", "type"})
public record CommandGiven(long t, String lever, String target, String detail, String by, boolean accepted, String reason) implements SimEvent {

    public static final String TYPE = "command";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
