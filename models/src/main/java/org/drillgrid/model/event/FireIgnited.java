package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A fire starts at cell [{@code col}, {@code row}]; {@code cause} is {@code scenario} or the inject's id. */
@JsonPropertyOrder({"t", "type"})
public record FireIgnited(long t, int col, int row, String cause) implements SimEvent {

    public static final String TYPE = "fire-ignited";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
