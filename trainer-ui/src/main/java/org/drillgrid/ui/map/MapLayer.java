package org.drillgrid.ui.map;

/** Layers a map can show over the hillshaded terrain; each has a translation key {@code map.layer.<id>}. */
public enum MapLayer {
    WATER("water"), LAND_USE("landUse"), ROADS("roads"), POPULATION("population"), FORCES("forces");

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
