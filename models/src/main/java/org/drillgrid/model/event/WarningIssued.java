package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A public warning went out: its id, level (blue, yellow, orange, red), channels, the shelter it orders people to (null for a warning without an evacuation order), and the households and persons in its area. */
@JsonPropertyOrder({"t", "type"})
public record WarningIssued(long t, String warning, String level, List<String> channels, String evacuateTo, int households, long persons) implements SimEvent {

    public static final String TYPE = "warning-issued";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
