package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Relief materials moved: {@code dispatched} from a depot toward a shelter, {@code delivered} there, or {@code received} into a depot from an agreement or production reserve. */
@JsonPropertyOrder({"t", "type"})
public record MaterialsMoved(long t, String depot, String shelter, String status, Map<String, Long> items) implements SimEvent {

    public static final String TYPE = "materials";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
