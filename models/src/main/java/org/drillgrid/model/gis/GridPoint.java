package org.drillgrid.model.gis;

import java.util.Map;

/** A point feature placed on the grid: its cell and the feature's properties ({@link GeoFeature#index}). */
public record GridPoint(int feature, int col, int row, Map<String, String> properties) {
}
