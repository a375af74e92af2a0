package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hourly count of persons by what has happened to them so far: warned, affected, evacuating, sheltered, relieved, trapped now, rescued, injured, dead. */
@JsonPropertyOrder({"t", "type"})
public record PeopleStatus(long t, long warned, long affected, long evacuating, long sheltered, long relieved, long trapped, long rescued, long injured, long dead) implements SimEvent {

    public static final String TYPE = "people-status";

    @Override
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }
}
