package org.drillgrid.ui.map;

/**
 * Layers a map can show over the hillshaded terrain; each has a translation key {@code map.layer.<id>}.
 * FIRE and DAMAGE wait for the fire and earthquake hazards (issue 8): no scenario offers them yet.
 */
public enum MapLayer {
    LAND_USE("landUse"), POPULATION("population"), WATER("water"), PEOPLE("people"), ROADS("roads"),
    CLOSURES("closures"), OUTAGES("outages"), SHELTERS("shelters"), DEPOTS("depots"), TEAMS("teams"),
    CONVOYS("convoys"), REPORTS("reports");

    private final String id;

    MapLayer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String translationKey() {
        return "map.layer." + id;
    }
}
