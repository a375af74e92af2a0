package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A team changed state: standby, requested, idle, travelling, working; with its task and the cell it is in. */
@JsonPropertyOrder({"t", "type"})
public record TeamStatus(long t, String team, String status, String task, List<Integer> cell) implements SimEvent {

    public static final String TYPE = "team-status";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
