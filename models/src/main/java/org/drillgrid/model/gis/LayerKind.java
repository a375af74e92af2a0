package org.drillgrid.model.gis;

/**
 * How a scenario layer's values are resampled (docs/import.md): {@code ELEVATION} is continuous
 * (bilinear between cell centres); {@code LAND_USE}, {@code BUILDINGS} and {@code ROADS} are class codes
 * (the source cell under the target cell's centre, or the majority when the target is coarser);
 * {@code POPULATION} is a count (people per cell, redistributed by overlapping area, total conserved).
 */
public enum LayerKind {
    ELEVATION("elevation"), LAND_USE("landUse"), POPULATION("population"), BUILDINGS("buildings"), ROADS("roads");

    private final String layerName;

    LayerKind(String layerName) {
        this.layerName = layerName;
    }

    /** The layer's name in a scenario document ({@code "landUse"}). */
    public String layerName() {
        return layerName;
    }

    /** The kind of the scenario layer {@code layerName} ("elevation", "landUse", ...), or null for any other name. */
    public static LayerKind ofLayer(String layerName) {
        for (LayerKind k : values()) {
            if (k.layerName.equals(layerName)) {
                return k;
            }
        }
        return null;
    }

    boolean categorical() {
        return this == LAND_USE || this == BUILDINGS || this == ROADS;
    }
}
