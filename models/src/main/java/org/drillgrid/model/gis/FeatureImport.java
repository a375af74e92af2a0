package org.drillgrid.model.gis;

import java.util.List;

/**
 * GeoJSON features placed on the scenario grid. {@code outside}: features dropped because no part of them
 * falls on the grid (points off the grid, lines entirely outside, polygons with no cell). {@code notes}:
 * how coordinates were converted and what was skipped.
 */
public record FeatureImport(List<GridPoint> points, List<GridLine> lines, List<GridArea> areas, int outside,
        List<String> notes) {

    public FeatureImport {
        points = List.copyOf(points);
        lines = List.copyOf(lines);
        areas = List.copyOf(areas);
        notes = List.copyOf(notes);
    }
}
