package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.drillgrid.model.order.Order;

/** An order was refused, with the {@code reason} naming what was wrong; nothing changed. */
@JsonPropertyOrder({"t", "type"})
public record OrderRejected(long t, int seq, String role,
        @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
                include = com.fasterxml.jackson.annotation.JsonTypeInfo.As.WRAPPER_OBJECT) Order order, String reason) implements SimEvent {

    public static final String TYPE = "order-rejected";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
