package org.drillgrid.model.gis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;

/**
 * The GeoKeys this import uses, from the GeoKeyDirectory's (key, location, count, value) entries (OGC
 * GeoTIFF 1.1, 19-008r4): the raster type, the EPSG code, and what tells a system whose coordinates are
 * not ground metres: a Mercator projection (Web Mercator and its aliases, or a user-defined one built from
 * keys) or linear units other than the metre. Citations come from GeoAsciiParams (34737), numbers from
 * GeoDoubleParams (34736).
 */
record GeoKeys(int rasterType, String crs, int code, boolean projected, int transformation, int linearUnits,
        int angularUnits, int verticalUnits, String citation, double originLongitude, double falseEasting) {

    static final int RASTER_PIXEL_IS_POINT = 2;
    private static final int KEY_MODEL_TYPE = 1024;
    private static final int KEY_RASTER_TYPE = 1025;
    private static final int KEY_CITATION = 1026;
    private static final int KEY_GEOGRAPHIC_CRS = 2048;
    private static final int KEY_PROJECTED_CRS = 3072;
    private static final int KEY_PROJECTED_CITATION = 3073;
    private static final int KEY_TRANSFORMATION = 3075;
    private static final int KEY_LINEAR_UNITS = 3076;
    private static final int KEY_ORIGIN_LONGITUDE = 3080;
    private static final int KEY_FALSE_EASTING = 3082;
    private static final int KEY_ANGULAR_UNITS = 2054;
    private static final int KEY_VERTICAL_UNITS = 4099;
    private static final Set<Integer> DEGREES = Set.of(9102, 9122);
    private static final int MODEL_PROJECTED = 1;
    private static final int USER_DEFINED = 32767;
    private static final int TAG_DOUBLE_PARAMS = 34736;
    private static final int TAG_ASCII_PARAMS = 34737;
    /** GeoTIFF's CT_Mercator coordinate transformation code. */
    private static final int CT_MERCATOR = 7;
    private static final int UNIT_METRE = 9001;
    /**
     * Mercator systems by code: Web Mercator (EPSG:3857), its earlier code EPSG:3785, World Mercator
     * (EPSG:3395, ESRI:54004) and EPSG:41001. Their "metres" are ground metres only at the equator: a cell
     * spans its size times cos(latitude) on the ground. Google's 900913 and ESRI's 102100 and 102113 do not
     * fit a GeoKey's 16 bits: files in them are user-defined, with CT_Mercator and a citation naming them.
     */
    private static final Set<Integer> MERCATOR_CODES = Set.of(3857, 3785, 3395, 54004, 41001);
    private static final List<String> MERCATOR_NAMES = List.of("pseudo-mercator", "pseudo_mercator", "web_mercator",
            "web mercator", "auxiliary_sphere", "900913", "102100", "102113", "popular visualisation");
    /** Web Mercator's sphere, EPSG:3857: longitude = x / R in radians. */
    private static final double WEB_MERCATOR_RADIUS = 6_378_137.0;

    static GeoKeys of(FileDirectory d) {
        List<Integer> dir = integers(d.get(FieldTagType.GeoKeyDirectory));
        List<Double> doubles = doubles(d.get(FieldTagType.GeoDoubleParams));
        String ascii = ascii(d.get(FieldTagType.GeoAsciiParams));
        int rasterType = 1;
        int modelType = 0;
        int projected = 0;
        int geographic = 0;
        int transformation = 0;
        int units = 0;
        int angular = 0;
        int vertical = 0;
        StringBuilder citation = new StringBuilder();
        double originLongitude = 0;
        double falseEasting = 0;
        if (dir != null && dir.size() >= 4) {
            int keys = Math.min(dir.get(3), (dir.size() - 4) / 4);
            for (int k = 0; k < keys; k++) {
                int at = 4 + 4 * k;
                int key = dir.get(at);
                int location = dir.get(at + 1);
                int count = dir.get(at + 2);
                int value = dir.get(at + 3);
                if (location == TAG_ASCII_PARAMS && (key == KEY_CITATION || key == KEY_PROJECTED_CITATION)) {
                    citation.append(' ').append(substring(ascii, value, count));
                } else if (location == TAG_DOUBLE_PARAMS && doubles != null && value >= 0 && value < doubles.size()) {
                    if (key == KEY_ORIGIN_LONGITUDE) {
                        originLongitude = doubles.get(value);
                    } else if (key == KEY_FALSE_EASTING) {
                        falseEasting = doubles.get(value);
                    }
                } else if (location == 0) {
                    switch (key) {
                        case KEY_MODEL_TYPE -> modelType = value;
                        case KEY_RASTER_TYPE -> rasterType = value;
                        case KEY_PROJECTED_CRS -> projected = value;
                        case KEY_GEOGRAPHIC_CRS -> geographic = value;
                        case KEY_TRANSFORMATION -> transformation = value;
                        case KEY_LINEAR_UNITS -> units = value;
                        case KEY_ANGULAR_UNITS -> angular = value;
                        case KEY_VERTICAL_UNITS -> vertical = value;
                        default -> {
                        }
                    }
                }
            }
        }
        int code = projected != 0 || modelType == MODEL_PROJECTED ? projected : geographic;
        String crs = code > 0 && code != USER_DEFINED ? "EPSG:" + code : null;
        boolean isProjected = projected != 0 || modelType == MODEL_PROJECTED;
        return new GeoKeys(rasterType, crs, code, isProjected, transformation, units, angular, vertical,
                citation.toString().strip(), originLongitude, falseEasting);
    }

    /**
     * Refuses a system whose coordinates are not ground metres, with the gdalwarp command that reprojects
     * the file; {@code centreX, centreY} is the raster's centre in its own coordinates, to suggest a system.
     */
    void checkMetric(String file, double centreX, double centreY) throws ImportException {
        String lower = citation.toLowerCase(Locale.ROOT);
        boolean mercatorCitation = MERCATOR_NAMES.stream().anyMatch(lower::contains);
        String name = null;
        if (MERCATOR_CODES.contains(code)) {
            name = code == 3395 || code == 54004 ? "World Mercator (" + codeName() + ")"
                    : "Web Mercator (" + codeName() + ")";
        } else if (transformation == CT_MERCATOR || projected && (code == USER_DEFINED || code == 0)
                && mercatorCitation) {
            name = "a Mercator projection" + (citation.isEmpty() ? "" : " (\"" + GeoTiffReader.printable(citation)
                    + "\")");
        }
        if (name != null) {
            throw new ImportException(file + " is in " + name + ", whose coordinates are not ground metres: a cell "
                    + "spans its nominal size times cos(latitude) on the ground (0.82 at Zhengzhou, 34.7 N), so "
                    + "lengths and areas would come out too large; reproject it to metres first, e.g. "
                    + warp(centreX, centreY));
        }
        if (!projected && angularUnits != 0 && angularUnits != USER_DEFINED && !DEGREES.contains(angularUnits)) {
            throw new ImportException(file + " has angular units EPSG unit " + angularUnits + ", not degrees; "
                    + "rewrite it in degrees first, e.g. gdalwarp -t_srs EPSG:4326");
        }
        if (verticalUnits != 0 && verticalUnits != UNIT_METRE && verticalUnits != USER_DEFINED) {
            throw new ImportException(file + " gives its heights (VerticalUnitsGeoKey) in " + unitName(verticalUnits)
                    + ", not metres; convert them first, e.g. gdal_translate -scale with a factor of 0.3048 "
                    + "(international foot) or 1200/3937 (US survey foot)");
        }
        if (projected && linearUnits != 0 && linearUnits != UNIT_METRE) {
            throw new ImportException(file + " has linear units " + unitName(linearUnits) + ", not metres; a "
                    + "scenario grid is in metres: reproject it first, e.g. " + warp(Double.NaN, Double.NaN));
        }
    }

    private String codeName() {
        return code == 54004 ? "ESRI:" + code : "EPSG:" + code;
    }

    private static String unitName(int units) {
        return switch (units) {
            case 9002 -> "feet (EPSG unit 9002)";
            case 9003 -> "US survey feet (EPSG unit 9003)";
            default -> "EPSG unit " + units;
        };
    }

    /**
     * The gdalwarp line, to a metric system for the centre when it can be had: a Mercator's inverse on Web
     * Mercator's sphere (exact for EPSG:3857, within a few kilometres for an ellipsoidal Mercator: enough to
     * pick a zone).
     */
    private String warp(double centreX, double centreY) {
        double lon = originLongitude + Math.toDegrees((centreX - falseEasting) / WEB_MERCATOR_RADIUS);
        double lat = Math.toDegrees(Math.atan(Math.sinh(centreY / WEB_MERCATOR_RADIUS)));
        if (Double.isFinite(lon) && Double.isFinite(lat) && lon >= -180 && lon <= 180) {
            String target = Projection.suggestedCrs(lon, lat);
            return "gdalwarp -t_srs " + target.substring(0, target.indexOf(' ')) + " (" + target.substring(
                    target.indexOf('(') + 1, target.length() - 1) + ", the system of its centre; or the scenario "
                    + "grid's crs)";
        }
        return "gdalwarp -t_srs EPSG:<the scenario grid's code>";
    }

    private static String substring(String ascii, int offset, int count) {
        if (ascii == null || offset < 0 || offset >= ascii.length()) {
            return "";
        }
        String s = ascii.substring(offset, Math.min(ascii.length(), offset + Math.max(0, count)));
        return s.replace('|', ' ').strip();
    }

    private static List<Integer> integers(FileDirectoryEntry e) {
        if (e == null || !(e.getValues() instanceof List<?> list)) {
            return null;
        }
        Integer[] out = new Integer[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                return null;
            }
            out[i] = n.intValue();
        }
        return List.of(out);
    }

    /** A tag's values as doubles (one value or a list), null when absent or not all numbers. */
    static List<Double> doubles(FileDirectoryEntry e) {
        if (e == null) {
            return null;
        }
        List<?> list = e.getValues() instanceof List<?> l ? l : List.of(e.getValues());
        Double[] out = new Double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                return null;
            }
            out[i] = n.doubleValue();
        }
        return List.of(out);
    }

    private static String ascii(FileDirectoryEntry e) {
        if (e == null) {
            return null;
        }
        Object v = e.getValues();
        return v instanceof List<?> l ? (l.isEmpty() ? "" : String.valueOf(l.get(0))) : String.valueOf(v);
    }
}
