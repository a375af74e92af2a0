package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Relief materials moved: {@code dispatched} from a depot toward a shelter, {@code delivered} there, or
 * {@code received} into a depot from an agreement or production reserve. A dispatch that asked for more
 * than the depot held sends what it held: {@code shortfall} gives, per item, how many were asked for and
 * not sent (absent when everything went).
 */
@JsonPropertyOrder({"t", "type"})
public record MaterialsMoved(long t, String depot, String shelter, String status, Map<String, Long> items,
        Map<String, Long> shortfall) implements SimEvent {

    public static final String TYPE = "materials";

    /** A movement without shortfall. */
    public MaterialsMoved(long t, String depot, String shelter, String status, Map<String, Long> items) {
        this(t, depot, shelter, status, items, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
