package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who a rescue team belongs to; the plans set minimum sizes per level. */
public enum TeamLevel {
    CITY, COUNTY, TOWNSHIP, VILLAGE, SOCIAL, MILITARY, NEIGHBOURING;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return json();
    }
}
