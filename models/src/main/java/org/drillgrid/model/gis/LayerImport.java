package org.drillgrid.model.gis;

import org.drillgrid.model.grid.GridLayer;

/** A raster resampled onto the scenario grid, and the report of how. */
public record LayerImport(GridLayer layer, ImportReport report) {
}
