package org.drillgrid.model.gis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drillgrid.model.json.Json;

/**
 * GeoJSON text into {@link GeoFeature}s: RFC 7946 objects (FeatureCollection, Feature, the seven geometry
 * types) plus the legacy {@code crs} member of the 2008 GeoJSON specification. Every error names the file
 * and, inside a collection, the feature's index.
 */
final class GeoJsonReader {

    static final String WGS84 = "EPSG:4326";
    private static final Pattern EPSG_NAME = Pattern.compile(
            "(?i)(?:urn:ogc:def:crs:EPSG:[0-9.]*:|EPSG:{1,2}|https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/)"
                    + "(\\d{4,6})");
    private static final Pattern CRS84_NAME = Pattern.compile(
            "(?i)(?:urn:ogc:def:crs:OGC:[0-9.]*:|OGC:|https?://www\\.opengis\\.net/def/crs/OGC/[0-9.]+/)?CRS84");

    private static final java.util.Set<String> KNOWN = java.util.Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon");

    private final String file;
    private final List<GeoFeature> features = new ArrayList<>();

    private GeoJsonReader(String file) {
        this.file = file;
    }

    static GeoJsonLayer read(String file, byte[] bytes) throws ImportException {
        JsonNode root = parse(file, bytes);
        if (!root.isObject()) {
            throw new ImportException(file + " is not GeoJSON: expected an object with a \"type\", found "
                    + kind(root));
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw new ImportException(file + " is not GeoJSON: it has no \"type\"");
        }
        GeoJsonReader reader = new GeoJsonReader(file);
        String crs = reader.crs(root.get("crs"));
        switch (type.asText()) {
            case "FeatureCollection" -> reader.collection(root);
            case "Feature" -> reader.feature(0, root);
            default -> reader.geometry(0, root, Map.of(), "the document");
        }
        return new GeoJsonLayer(file, crs, reader.features);
    }

    private static JsonNode parse(String file, byte[] bytes) throws ImportException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String why = e.getOriginalMessage() == null ? "" : ": " + firstLine(e.getOriginalMessage());
            throw new ImportException(file + " is not valid JSON" + where + why);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file + " is not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportException(file + " is empty");
        }
        return root;
    }

    private static String firstLine(String s) {
        int cut = s.indexOf('\n');
        String line = cut < 0 ? s : s.substring(0, cut);
        return GeoTiffReader.printable(line);
    }

    /** The legacy crs member: {"type": "name", "properties": {"name": ...}}, a plain name, or absent. */
    private String crs(JsonNode crs) throws ImportException {
        if (crs == null || crs.isNull()) {
            return WGS84;
        }
        String name;
        if (crs.isTextual()) {
            name = crs.asText();
        } else if (crs.isObject() && "name".equals(crs.path("type").asText(null))
                && crs.path("properties").path("name").isTextual()) {
            name = crs.path("properties").path("name").asText();
        } else if (crs.isObject() && "EPSG".equals(crs.path("type").asText(null))
                && crs.path("properties").path("code").canConvertToInt()) {
            name = "EPSG:" + crs.path("properties").path("code").asInt();
        } else {
            throw new ImportException(file + " has a crs member this import cannot read; expected "
                    + "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4547\"}}");
        }
        Matcher m = EPSG_NAME.matcher(name.strip());
        if (m.matches()) {
            return "EPSG:" + Integer.parseInt(m.group(1));
        }
        if (CRS84_NAME.matcher(name.strip()).matches()) {
            return WGS84;
        }
        throw new ImportException(file + " has crs \"" + GeoTiffReader.printable(name) + "\", which is not an EPSG "
                + "code; expected a name like urn:ogc:def:crs:EPSG::4547");
    }

    private void collection(JsonNode root) throws ImportException {
        JsonNode list = root.get("features");
        if (list == null || !list.isArray()) {
            throw new ImportException(file + " is a FeatureCollection without a \"features\" array");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            if (!f.isObject() || !"Feature".equals(f.path("type").asText(null))) {
                throw new ImportException(where(i) + "expected an object with \"type\": \"Feature\", found "
                        + kind(f));
            }
            feature(i, f);
        }
    }

    private void feature(int index, JsonNode f) throws ImportException {
        Map<String, String> properties = properties(index, f);
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            features.add(new GeoFeature(index, null, List.of(), properties));
            return;
        }
        geometry(index, g, properties, "its geometry");
    }

    private Map<String, String> properties(int index, JsonNode f) throws ImportException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode p = f.get("properties");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new ImportException(where(index) + "\"properties\" must be an object or null, found " + kind(p));
            }
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                JsonNode v = e.getValue();
                if (v.isValueNode() && !v.isNull()) {
                    out.put(e.getKey(), v.asText());
                }
            }
        }
        JsonNode id = f.get("id");
        if (id != null && (id.isTextual() || id.isNumber()) && !out.containsKey("id")) {
            out.put("id", id.asText());
        }
        return out;
    }

    private void geometry(int index, JsonNode g, Map<String, String> props, String what) throws ImportException {
        if (!g.isObject() || !g.path("type").isTextual()) {
            throw new ImportException(where(index) + what + " must be a geometry object with a \"type\", found "
                    + kind(g));
        }
        String type = g.get("type").asText();
        if (type.equals("GeometryCollection")) {
            JsonNode members = g.get("geometries");
            if (members == null || !members.isArray()) {
                throw new ImportException(where(index) + "a GeometryCollection needs a \"geometries\" array");
            }
            for (JsonNode member : members) {
                geometry(index, member, props, "a member of its GeometryCollection");
            }
            return;
        }
        if (!KNOWN.contains(type)) {
            throw new ImportException((what.equals("the document") ? file + " is not GeoJSON: " : where(index))
                    + "unknown type \"" + GeoTiffReader.printable(type) + "\"");
        }
        JsonNode c = g.get("coordinates");
        if (c == null || !c.isArray()) {
            throw new ImportException(where(index) + "a " + type + " needs a \"coordinates\" array");
        }
        if (c.isEmpty()) {
            // RFC 7946 3.1: an empty geometry may be read as a null one
            features.add(new GeoFeature(index, null, List.of(), props));
            return;
        }
        switch (type) {
            case "Point" -> add(index, GeoFeature.POINT, List.of(List.of(position(index, c))), props);
            case "MultiPoint" -> {
                for (JsonNode p : c) {
                    add(index, GeoFeature.POINT, List.of(List.of(position(index, p))), props);
                }
            }
            case "LineString" -> add(index, GeoFeature.LINE_STRING, List.of(line(index, c)), props);
            case "MultiLineString" -> {
                for (JsonNode l : c) {
                    add(index, GeoFeature.LINE_STRING, List.of(line(index, l)), props);
                }
            }
            case "Polygon" -> add(index, GeoFeature.POLYGON, polygon(index, c), props);
            case "MultiPolygon" -> {
                for (JsonNode p : c) {
                    add(index, GeoFeature.POLYGON, polygon(index, p), props);
                }
            }
            default -> throw new IllegalStateException(type);
        }
    }

    private void add(int index, String type, List<List<double[]>> parts, Map<String, String> props) {
        features.add(new GeoFeature(index, type, parts, props));
    }

    private double[] position(int index, JsonNode p) throws ImportException {
        if (!p.isArray() || p.size() < 2) {
            throw new ImportException(where(index) + "a position must be an array of at least two numbers, found "
                    + kind(p));
        }
        double[] xy = new double[2];
        for (int k = 0; k < 2; k++) {
            JsonNode v = p.get(k);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new ImportException(where(index) + "coordinates must be numbers, found " + kind(v));
            }
            xy[k] = v.asDouble();
        }
        return xy;
    }

    private List<double[]> positions(int index, JsonNode list) throws ImportException {
        if (!list.isArray()) {
            throw new ImportException(where(index) + "expected an array of positions, found " + kind(list));
        }
        List<double[]> out = new ArrayList<>(list.size());
        for (JsonNode p : list) {
            out.add(position(index, p));
        }
        return out;
    }

    private List<double[]> line(int index, JsonNode c) throws ImportException {
        List<double[]> line = positions(index, c);
        if (line.size() < 2) {
            throw new ImportException(where(index) + "a LineString needs at least 2 positions, has " + line.size());
        }
        return line;
    }

    private List<List<double[]>> polygon(int index, JsonNode c) throws ImportException {
        if (!c.isArray() || c.isEmpty()) {
            throw new ImportException(where(index) + "a Polygon needs at least one ring");
        }
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode r : c) {
            List<double[]> ring = positions(index, r);
            if (ring.size() < 4) {
                throw new ImportException(where(index) + "a polygon ring has " + ring.size() + " positions; at "
                        + "least 4 are needed (RFC 7946 3.1.6: the first repeated at the end)");
            }
            double[] first = ring.get(0);
            double[] last = ring.get(ring.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                throw new ImportException(where(index) + "a polygon ring is not closed: its last position must "
                        + "equal its first");
            }
            rings.add(ring);
        }
        return rings;
    }

    private String where(int index) {
        return file + ", feature " + index + ": ";
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "the string \"" + GeoTiffReader.printable(n.asText()) + "\"";
        }
        if (n.isNumber() || n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        return n.isObject() ? "an object" : n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
