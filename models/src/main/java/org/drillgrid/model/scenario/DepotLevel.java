package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Administrative level of a material depot. */
public enum DepotLevel {
    CITY, COUNTY, TOWNSHIP;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return json();
    }
}
