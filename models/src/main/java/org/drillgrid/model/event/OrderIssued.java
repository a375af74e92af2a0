package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.drillgrid.model.order.Order;

/** An order was carried out: number {@code seq} of the run, given by {@code role}. */
@JsonPropertyOrder({"t", "type"})
public record OrderIssued(long t, int seq, String role,
        @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
                include = com.fasterxml.jackson.annotation.JsonTypeInfo.As.WRAPPER_OBJECT) Order order) implements SimEvent {

    public static final String TYPE = "order-issued";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
