package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** People injured and killed by floodwater during the tick, the households they belong to and the highest hazard rating among them. */
@JsonPropertyOrder({"t", "type"})
public record Casualties(long t, int injured, int dead, double hazardRating, List<Integer> households) implements SimEvent {

    public static final String TYPE = "casualties";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
