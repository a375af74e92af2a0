package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Capabilities of a rescue team (DOMAIN.md, "Team skills that matter"). */
public enum TeamSkill {
    WATER_RESCUE, URBAN_SEARCH_RESCUE, FOREST_FIREFIGHTING, FLOOD_FIGHTING, MEDICAL, COMMUNICATIONS,
    GEOLOGICAL_HAZARD;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return json();
    }
}
