package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a relief item is for: basic living, food, water, medical care, or fighting one kind of hazard. */
public enum ItemCategory {
    LIVING, FOOD, WATER, MEDICAL, FLOOD, FIRE, QUAKE, COMMS;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return json();
    }
}
