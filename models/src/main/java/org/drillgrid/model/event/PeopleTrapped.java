package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Households trapped at home by water too deep to walk through, during the tick. */
@JsonPropertyOrder({"t", "type"})
public record PeopleTrapped(long t, long persons, List<Integer> households) implements SimEvent {

    public static final String TYPE = "people-trapped";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
