package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** Households that received a warning during the tick, with persons reached per channel (the first channel to reach each household). */
@JsonPropertyOrder({"t", "type"})
public record PeopleWarned(long t, String warning, long persons, Map<String, Long> channels, List<Integer> households) implements SimEvent {

    public static final String TYPE = "people-warned";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
