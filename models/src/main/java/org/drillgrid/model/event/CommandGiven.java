package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A commander's lever was pulled: which ({@code lever}), on what ({@code target}), details, by whom ({@code by}:
 * a policy or a role), and whether the engine carried it out; {@code reason} says why not (English), and
 * {@code refusal} says it as a code and arguments for translation where the engine has coded it.
 */
@JsonPropertyOrder({"t", "type"})
public record CommandGiven(long t, String lever, String target, String detail, String by, boolean accepted, String reason,
        org.drillgrid.model.order.Refusal refusal) implements SimEvent {

    public static final String TYPE = "command";

    /** A lever carried out, or refused with an English reason only. */
    public CommandGiven(long t, String lever, String target, String detail, String by, boolean accepted, String reason) {
        this(t, lever, target, detail, by, accepted, reason, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
