package org.drillgrid.ui.map;

/**
 * Layers a map can show over the hillshaded terrain; each has a translation key {@code map.layer.<id>}.
 * FIRE (burned cells and fireline) and DAMAGE (the worst damage state of the homes in each cell) are truth
 * from the live run: the console offers them when the scenario has a fire or a quake. PLACES (the outlines
 * of the drill's named areas) and SENSORS (the drill's gauges, by name) come from the scenario alone.
 */
public enum MapLayer {
    LAND_USE("landUse"), POPULATION("population"), WATER("water"), PEOPLE("people"), ROADS("roads"),
    CLOSURES("closures"), OUTAGES("outages"), SHELTERS("shelters"), DEPOTS("depots"), TEAMS("teams"),
    CONVOYS("convoys"), REPORTS("reports"), FIRE("fire"), DAMAGE("damage"), PLACES("places"), SENSORS("sensors");

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
