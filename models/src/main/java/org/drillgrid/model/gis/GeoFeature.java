package org.drillgrid.model.gis;

import java.util.List;
import java.util.Map;

/**
 * One simple geometry of a GeoJSON file with its properties. {@code index}: the feature's position in the
 * file (0 for a single Feature or a bare geometry). {@code geometryType}: {@code "Point"} (one part of one
 * position), {@code "LineString"} (one part) or {@code "Polygon"} (its rings, the outer first, then the
 * holes); null for a feature whose geometry is null, which has no parts and is skipped when placed on the
 * grid. Multi-geometries (MultiPoint, MultiLineString, MultiPolygon) and GeometryCollections are
 * flattened into several GeoFeatures with the same index and properties. A position is
 * {@code {x, y}}: easting and northing, or longitude and latitude (any third value is dropped).
 * {@code properties}: every scalar property as a string (numbers as written in the file, booleans as
 * "true"/"false"; null, objects and arrays left out), plus the Feature's {@code id} as "id" when the
 * properties have none.
 */
public record GeoFeature(int index, String geometryType, List<List<double[]>> parts, Map<String, String> properties) {

    public static final String POINT = "Point";
    public static final String LINE_STRING = "LineString";
    public static final String POLYGON = "Polygon";

    public GeoFeature {
        parts = parts.stream().map(List::copyOf).toList();
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}
