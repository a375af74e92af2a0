package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An underpass cell (road class 4) whose water passed the depth at which cars are no longer safe
 * ({@code closed = true}), or fell back below it ({@code closed = false}); depth in m.
 */
@JsonPropertyOrder({"t", "type"})
public record UnderpassFlooded(long t, List<Integer> cell, double depth, boolean closed) implements SimEvent {

    public static final String TYPE = "underpass-flooded";

    public UnderpassFlooded {
        cell = List.copyOf(cell);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
