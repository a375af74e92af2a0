package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.Refusal;

/**
 * An order was refused, with the {@code reason} naming what was wrong (English); nothing changed.
 * {@code refusal} gives the same reason as a code and arguments for translation, where the engine has coded
 * it (absent otherwise, and in logs written before codes existed).
 */
@JsonPropertyOrder({"t", "type"})
public record OrderRejected(long t, int seq, String role,
        @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
                include = com.fasterxml.jackson.annotation.JsonTypeInfo.As.WRAPPER_OBJECT) Order order, String reason,
        Refusal refusal) implements SimEvent {

    public static final String TYPE = "order-rejected";

    /** A refusal with an English reason only. */
    public OrderRejected(long t, int seq, String role, Order order, String reason) {
        this(t, seq, role, order, reason, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
