package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A power, network or road outage began or ended over an area of cells [col0, row0, col1, row1]. */
@JsonPropertyOrder({"t", "type"})
public record OutageChanged(long t, String kind, List<Integer> area, boolean active) implements SimEvent {

    public static final String TYPE = "outage";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
