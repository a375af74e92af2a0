package org.drillgrid.model.gis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mil.nga.tiff.FieldType;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LandUse;

/**
 * A small synthetic city as GIS files, for tests of the import (here and in the trainer UI). It lies in
 * {@value #CRS} (CGCS2000 / 3-degree Gauss-Kruger CM 114E) over x 498 500 to 501 500 and y 3 799 000 to
 * 3 801 000, around easting 500 000 and northing 3 800 000 (about 114.0 E, 34.3 N). Everything is computed
 * from formulas: the same files every time.
 * <ul>
 *   <li>{@value #DEM}: GeoTIFF, float32, 60 x 40 cells of 50 m; a valley sloping down to a river that
 *       winds along the south side, a hill in the north-west, falling gently to the east; no nodata;</li>
 *   <li>{@value #LAND_USE}: ESRI ASCII grid, the same extent in 25 m cells (120 x 80), LandUse codes: water
 *       along the river, a dense urban core, a residential ring around it, a forest patch on the hill,
 *       cropland elsewhere;</li>
 *   <li>{@value #POPULATION}: GeoTIFF, float32, 100 m cells (30 x 20), whole people, exactly
 *       {@value #PEOPLE} of them, in the urban and residential cells (a dense-core cell holds four times a
 *       residential one), 0 elsewhere; the southernmost row is nodata (GDAL_NODATA -9999);</li>
 *   <li>{@value #ROADS}: GeoJSON in EPSG:4547 (legacy crs member): LineStrings with {@code highway}
 *       primary (two roads crossing the town, reaching all four edges) and residential (streets in the core
 *       and a diagonal road to the north-east corner), with {@code id}, {@code name} and {@code name_en};</li>
 *   <li>{@value #FACILITIES}: GeoJSON in WGS 84 longitude/latitude (no crs member): Points with
 *       {@code kind} shelter (3, with {@code capacity}), depot (1, {@code level}), team (2, {@code level},
 *       {@code size}, {@code skills}) and sensor (1 rain gauge, {@code type}), each with {@code id},
 *       {@code name} and {@code name_en}, each at the centre of a 50 m cell so it falls in that cell for
 *       sure; and one Polygon of {@code kind} place, "老城区" / "Old town", on 50 m cell edges.</li>
 * </ul>
 */
public final class SyntheticGisFiles {

    public static final String CRS = "EPSG:4547";
    public static final String DEM = "dem.tif";
    public static final String LAND_USE = "landuse.asc";
    public static final String POPULATION = "population.tif";
    public static final String ROADS = "roads.geojson";
    public static final String FACILITIES = "facilities.geojson";
    public static final int PEOPLE = 20_000;

    static final double WEST = 498_500;
    static final double SOUTH = 3_799_000;
    static final double WIDTH = 3_000;
    static final double HEIGHT = 2_000;
    private static final double NODATA = -9999;
    /** The town centre and the radii of its dense core and residential ring, m. */
    private static final double CENTRE_X = 500_000;
    private static final double CENTRE_Y = 3_800_250;
    private static final double CORE = 350;
    private static final double RING = 700;
    private static final double HILL_X = 499_100;
    private static final double HILL_Y = 3_800_750;
    private static final double FOREST = 300;
    private static final double RIVER_HALF_WIDTH = 40;
    /** Weight of a dense-core 25 m cell against a residential one when sharing out the people. */
    private static final int CORE_WEIGHT = 4;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SyntheticGisFiles() {
    }

    /** Writes the five files into {@code dir} (created when missing), replacing files of the same names. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(DEM), GeoTiffWriter.write(dem(), FieldType.FLOAT, null));
        Files.writeString(dir.resolve(LAND_USE), landUseText(), StandardCharsets.US_ASCII);
        Files.write(dir.resolve(POPULATION), GeoTiffWriter.write(population(), FieldType.FLOAT, NODATA));
        Files.writeString(dir.resolve(ROADS), roads(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(FACILITIES), facilities(), StandardCharsets.UTF_8);
    }

    /** Northing of the river's centre line at easting x: it winds between 160 and 280 m from the south edge. */
    private static double river(double x) {
        return SOUTH + 220 + 60 * Math.sin(2 * Math.PI * (x - WEST) / 1_500);
    }

    static GeoRaster dem() {
        int cols = 60;
        int rows = 40;
        double[] z = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = WEST + (c + 0.5) * 50;
                double y = SOUTH + HEIGHT - (r + 0.5) * 50;
                double d = y - river(x);
                double banks = d > 0 ? 0.025 * d : -0.04 * d;
                double bed = -2 * Math.exp(-(d / RIVER_HALF_WIDTH) * (d / RIVER_HALF_WIDTH));
                double hill = 15 * Math.exp(-(sq(x - HILL_X) + sq(y - HILL_Y)) / sq(400));
                z[r * cols + c] = Math.round((40 - 0.004 * (x - WEST) + banks + bed + hill) * 100) / 100.0;
            }
        }
        return new GeoRaster(DEM, GeoRaster.GEOTIFF, cols, rows, 50, 50, WEST, SOUTH, CRS, z);
    }

    private static double sq(double v) {
        return v * v;
    }

    static LandUse landUse(double x, double y) {
        double centre = Math.hypot(x - CENTRE_X, y - CENTRE_Y);
        if (Math.abs(y - river(x)) < RIVER_HALF_WIDTH) {
            return LandUse.WATER;
        }
        if (centre < CORE) {
            return LandUse.URBAN_DENSE;
        }
        if (centre < RING) {
            return LandUse.URBAN_RESIDENTIAL;
        }
        return Math.hypot(x - HILL_X, y - HILL_Y) < FOREST ? LandUse.FOREST : LandUse.CROPLAND;
    }

    private static double[] landUseCodes(int cols, int rows, double cell) {
        double[] v = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                v[r * cols + c] = landUse(WEST + (c + 0.5) * cell, SOUTH + HEIGHT - (r + 0.5) * cell).code();
            }
        }
        return v;
    }

    private static String landUseText() throws IOException {
        StringWriter out = new StringWriter();
        AsciiGrid.write(out, new AsciiGrid.Header(120, 80, WEST, SOUTH, 25, NODATA),
                new GridLayer(120, 80, landUseCodes(120, 80, 25)), 0);
        return out.toString();
    }

    /** {@value #PEOPLE} whole people shared by weight over the 100 m cells, largest remainders first. */
    static GeoRaster population() {
        int cols = 30;
        int rows = 20;
        double[] codes = landUseCodes(120, 80, 25);
        double[] weight = new double[cols * rows];
        double total = 0;
        for (int i = 0; i < codes.length; i++) {
            int c = i % 120 / 4;
            int r = i / 120 / 4;
            double w = codes[i] == LandUse.URBAN_DENSE.code() ? CORE_WEIGHT
                    : codes[i] == LandUse.URBAN_RESIDENTIAL.code() ? 1 : 0;
            weight[r * cols + c] += w;
            total += w;
        }
        double[] people = new double[cols * rows];
        double[] remainder = new double[cols * rows];
        List<Integer> order = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < people.length; i++) {
            double share = PEOPLE * weight[i] / total;
            people[i] = Math.floor(share);
            remainder[i] = share - people[i];
            given += (long) people[i];
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; k < PEOPLE - given; k++) {
            people[order.get(k)]++;
        }
        for (int c = 0; c < cols; c++) {
            people[(rows - 1) * cols + c] = Double.NaN; // the census does not reach the far bank's edge
        }
        return new GeoRaster(POPULATION, GeoRaster.GEOTIFF, cols, rows, 100, 100, WEST, SOUTH, CRS, people);
    }

    private static String roads() throws IOException {
        List<ObjectNode> features = new ArrayList<>();
        features.add(road("renmin-road", "primary", "人民路", "Renmin Road", 498_480, CENTRE_Y, 501_520, CENTRE_Y));
        features.add(road("jiefang-road", "primary", "解放路", "Jiefang Road", CENTRE_X, 3_801_020, CENTRE_X,
                3_798_980));
        features.add(road("xinhua-street", "residential", "新华街", "Xinhua Street", 499_700, 3_799_700, 499_700,
                3_800_800));
        features.add(road("wenhua-street", "residential", "文化街", "Wenhua Street", 500_300, 3_799_700, 500_300,
                3_800_800));
        features.add(road("nanguan-street", "residential", "南关街", "Nanguan Street", 499_400, 3_799_950, 500_600,
                3_799_950));
        features.add(road("beiguan-street", "residential", "北关街", "Beiguan Street", 499_400, 3_800_550, 500_600,
                3_800_550));
        features.add(road("hushan-road", "residential", "湖山路", "Hushan Road", 500_300, 3_800_550, 501_520,
                3_801_020));
        ObjectNode crs = NODES.objectNode().put("type", "name");
        crs.putObject("properties").put("name", "urn:ogc:def:crs:EPSG::4547");
        return collection(crs, features);
    }

    private static ObjectNode road(String id, String highway, String name, String nameEn, double x0, double y0,
            double x1, double y1) {
        ObjectNode f = feature(id, name, nameEn).put("highway", highway);
        ArrayNode line = NODES.arrayNode();
        line.addArray().add(x0).add(y0);
        line.addArray().add(x1).add(y1);
        return geometry(f, "LineString", line);
    }

    private static String facilities() throws IOException {
        Projection gk = Projection.of(CRS).orElseThrow();
        List<ObjectNode> features = new ArrayList<>();
        features.add(point(gk, feature("shelter-school", "第一中学", "No. 1 Middle School").put("kind", "shelter")
                .put("capacity", 1500), 499_675, 3_800_425));
        features.add(point(gk, feature("shelter-park", "人民公园", "People's Park").put("kind", "shelter")
                .put("capacity", 3000), 500_525, 3_800_675));
        features.add(point(gk, feature("shelter-stadium", "体育馆", "Stadium").put("kind", "shelter")
                .put("capacity", 2500), 500_925, 3_800_075));
        features.add(point(gk, feature("depot-city", "市应急物资储备库", "City emergency supplies depot")
                .put("kind", "depot").put("level", "city"), 499_225, 3_800_275));
        features.add(point(gk, feature("team-fire", "城区消防救援站", "Town fire and rescue station")
                .put("kind", "team").put("level", "city").put("size", 40)
                .put("skills", "urban-search-rescue,water-rescue"), 500_175, 3_800_325));
        features.add(point(gk, feature("team-bluesky", "蓝天救援队", "Blue Sky Rescue Team").put("kind", "team")
                .put("level", "social").put("size", 25).put("skills", "water-rescue,medical"), 500_725, 3_799_575));
        features.add(point(gk, feature("gauge-town", "城区雨量站", "Town rain gauge").put("kind", "sensor")
                .put("type", "rain-gauge"), 500_075, 3_800_275));
        ObjectNode oldTown = feature("old-town", "老城区", "Old town").put("kind", "place");
        ArrayNode ring = NODES.arrayNode();
        double[][] corners = {{499_750, 3_800_050}, {500_250, 3_800_050}, {500_250, 3_800_450},
            {499_750, 3_800_450}, {499_750, 3_800_050}};
        for (double[] c : corners) {
            lonLat(ring.addArray(), gk, c[0], c[1]);
        }
        ArrayNode rings = NODES.arrayNode();
        rings.add(ring);
        features.add(geometry(oldTown, "Polygon", rings));
        return collection(null, features);
    }

    private static ObjectNode feature(String id, String name, String nameEn) {
        ObjectNode f = NODES.objectNode();
        f.put("id", id).put("name", name).put("name_en", nameEn);
        return f;
    }

    private static ObjectNode point(Projection gk, ObjectNode properties, double x, double y) {
        return geometry(properties, "Point", lonLat(NODES.arrayNode(), gk, x, y));
    }

    /** Appends the longitude and latitude of (x, y), rounded to 1e-8 degrees (about a millimetre). */
    private static ArrayNode lonLat(ArrayNode into, Projection gk, double x, double y) {
        double[] ll = gk.inverse(x, y);
        into.add(BigDecimal.valueOf(ll[0]).setScale(8, RoundingMode.HALF_UP));
        into.add(BigDecimal.valueOf(ll[1]).setScale(8, RoundingMode.HALF_UP));
        return into;
    }

    private static ObjectNode geometry(ObjectNode properties, String type, ArrayNode coordinates) {
        ObjectNode f = NODES.objectNode().put("type", "Feature");
        f.set("properties", properties);
        ObjectNode g = f.putObject("geometry").put("type", type);
        g.set("coordinates", coordinates);
        return f;
    }

    /** One feature per line, so the files read well and diff well. */
    private static String collection(ObjectNode crs, List<ObjectNode> features) throws IOException {
        StringBuilder s = new StringBuilder("{\"type\": \"FeatureCollection\",\n");
        if (crs != null) {
            s.append("\"crs\": ").append(Json.mapper().writeValueAsString(crs)).append(",\n");
        }
        s.append("\"features\": [\n");
        for (int i = 0; i < features.size(); i++) {
            s.append(Json.mapper().writeValueAsString(features.get(i))).append(i + 1 < features.size() ? ",\n" : "\n");
        }
        return s.append("]}\n").toString();
    }
}
