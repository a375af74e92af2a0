package org.drillgrid.model.gis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.RoadClass;

/**
 * GeoJSON vector data (RFC 7946, plus the legacy {@code crs} member) read into {@link GeoFeature}s, placed
 * on the scenario grid (projecting longitude/latitude when needed), and burned into road and area
 * layers. Property conventions, coordinate systems and the road class mapping: docs/import.md.
 */
public final class GeoJsonImport {

    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Feature indices listed in a note before "and N more". */
    private static final int LISTED = 10;

    private GeoJsonImport() {
    }

    /**
     * Reads a FeatureCollection, a single Feature or a bare geometry. Without a {@code crs} member the
     * coordinates are WGS 84 longitude/latitude ({@code "EPSG:4326"}), as RFC 7946 says; so is a crs of
     * {@code urn:ogc:def:crs:OGC:1.3:CRS84}. Features with a null geometry are kept (geometry type null)
     * and skipped by {@link #toGrid}.
     */
    public static GeoJsonLayer read(String fileName, byte[] bytes) throws ImportException {
        if (bytes == null || bytes.length == 0) {
            throw new ImportException(fileName + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(fileName + " is " + bytes.length / (1024 * 1024) + " MB; at most "
                    + MAX_BYTES / (1024 * 1024) + " MB of GeoJSON can be imported");
        }
        return GeoJsonReader.read(fileName, bytes);
    }

    /**
     * Places the features on {@code grid}. Coordinates in the grid's own crs are used as they are;
     * longitude/latitude (EPSG:4326, or EPSG:4490 CGCS2000 taken as equal to it) is projected when the
     * grid's crs is one {@link Projection} supports; anything else is refused naming both codes.
     */
    public static FeatureImport toGrid(GeoJsonLayer layer, GridSpec grid) throws ImportException {
        List<String> notes = new ArrayList<>();
        GridPlacement place = GridPlacement.of(layer, grid, notes);
        List<GridPoint> points = new ArrayList<>();
        List<GridLine> lines = new ArrayList<>();
        List<GridArea> areas = new ArrayList<>();
        List<Integer> noGeometry = new ArrayList<>();
        int outside = 0;
        for (GeoFeature f : layer.features()) {
            if (f.geometryType() == null) {
                noGeometry.add(f.index());
                continue;
            }
            List<List<double[]>> uv = place.parts(f);
            boolean placed = switch (f.geometryType()) {
                case GeoFeature.POINT -> place.point(f, uv, points);
                case GeoFeature.LINE_STRING -> place.line(f, uv, lines);
                default -> place.area(f, uv, areas);
            };
            outside += placed ? 0 : 1;
        }
        if (!noGeometry.isEmpty()) {
            notes.add(listed("feature", noGeometry) + " no geometry and " + (noGeometry.size() == 1 ? "was" : "were")
                    + " skipped");
        }
        if (outside > 0) {
            notes.add(outside + " of " + (layer.features().size() - noGeometry.size())
                    + " geometries fall outside the grid and were dropped");
        }
        return new FeatureImport(points, lines, areas, outside, notes);
    }

    private static String listed(String noun, List<Integer> indices) {
        List<Integer> distinct = indices.stream().distinct().toList();
        String head = distinct.stream().limit(LISTED).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
        String more = distinct.size() > LISTED ? " and " + (distinct.size() - LISTED) + " more" : "";
        return noun + (distinct.size() == 1 ? " " : "s ") + head + more + (distinct.size() == 1 ? " has" : " have");
    }

    /**
     * A roads layer of {@link RoadClass} codes with {@code lines} burned in, over {@code existing} (or no
     * roads when null). A line's class comes from its {@code class} property, else OpenStreetMap's
     * {@code tunnel=yes} (underpass) or {@code highway} (motorway, trunk, primary: arterial; secondary:
     * main; anything else: local), else local. Where roads meet, the higher class wins: underpass over
     * arterial over main over local.
     */
    public static GridLayer burnRoads(List<GridLine> lines, GridSpec grid, GridLayer existing) {
        double[] v = start(grid, existing);
        for (GridLine line : lines) {
            double code = RoadTags.roadClass(line.properties()).code();
            for (int cell : line.cells()) {
                if (RoadTags.rank(code) > RoadTags.rank(v[cell])) {
                    v[cell] = code;
                }
            }
        }
        return new GridLayer(grid.cols(), grid.rows(), v);
    }

    /**
     * A layer with each area's cells set to {@code codeOf} of its {@code property} (for example land-use
     * polygons by their {@code landuse} property mapped to LandUse codes). {@code codeOf} gets null when the
     * property is absent; a NaN result leaves the cells alone. Later areas win over earlier ones; cells no
     * area covers keep {@code existing} (0 when null).
     */
    public static GridLayer burnAreas(List<GridArea> areas, GridSpec grid, GridLayer existing, String property,
            ToDoubleFunction<String> codeOf) {
        Objects.requireNonNull(codeOf, "codeOf");
        double[] v = start(grid, existing);
        for (GridArea area : areas) {
            double code = codeOf.applyAsDouble(area.properties().get(property));
            if (!Double.isNaN(code)) {
                for (int cell : area.cells()) {
                    v[cell] = code;
                }
            }
        }
        return new GridLayer(grid.cols(), grid.rows(), v);
    }

    private static double[] start(GridSpec grid, GridLayer existing) {
        if (existing == null) {
            return new double[grid.cols() * grid.rows()];
        }
        if (existing.cols() != grid.cols() || existing.rows() != grid.rows()) {
            throw new IllegalArgumentException("existing layer is " + existing.cols() + " x " + existing.rows()
                    + ", grid is " + grid.cols() + " x " + grid.rows());
        }
        return existing.toArray();
    }
}
