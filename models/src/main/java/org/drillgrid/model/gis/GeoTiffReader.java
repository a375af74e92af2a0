package org.drillgrid.model.gis;

import java.util.List;
import java.util.Locale;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;

/**
 * A single-band GeoTIFF as a {@link GeoRaster}, read with tiff-java. Tag numbers and keys are those of
 * the OGC GeoTIFF standard 1.1 (OGC 19-008r4), unchanged from GeoTIFF 1.0: ModelPixelScale 33550,
 * ModelTiepoint 33922, ModelTransformation 34264, GeoKeyDirectory 34735 with GTModelTypeGeoKey 1024,
 * GTRasterTypeGeoKey 1025, GeographicTypeGeoKey 2048 and ProjectedCSTypeGeoKey 3072; nodata comes from
 * GDAL's GDAL_NODATA tag 42113.
 *
 * <p>tiff-java trusts its input, so {@link TiffStructure} checks the file's structure first, and the image
 * size is bounded here; whatever the library still throws becomes an {@link ImportException}.
 */
final class GeoTiffReader {

    private static final int KEY_MODEL_TYPE = 1024;
    private static final int KEY_RASTER_TYPE = 1025;
    private static final int KEY_GEOGRAPHIC_CRS = 2048;
    private static final int KEY_PROJECTED_CRS = 3072;
    private static final int MODEL_PROJECTED = 1;
    private static final int RASTER_PIXEL_IS_POINT = 2;
    private static final int USER_DEFINED = 32767;
    private static final int FORMAT_UNSIGNED = 1;
    private static final int FORMAT_SIGNED = 2;
    private static final int FORMAT_FLOAT = 3;
    /** Rotation or shear terms below this fraction of the pixel size are rounding, not rotation. */
    private static final double AXIS_TOLERANCE = 1e-9;

    private GeoTiffReader() {
    }

    static GeoRaster read(String file, byte[] bytes) throws ImportException {
        TiffStructure.checkDirectories(file, bytes);
        TIFFImage image;
        try {
            image = TiffReader.readTiff(bytes);
        } catch (RuntimeException e) {
            throw corrupt(file, "its image directory", e);
        }
        try {
            FileDirectory d = image.getFileDirectory();
            Size size = size(file, d);
            checkSamples(file, d);
            TiffStructure.checkCompression(file, d);
            TiffStructure.checkBlocks(file, bytes, d, size.cols, size.rows);
            Georeference geo = georeference(file, d, size);
            double nodata = nodata(file, d);
            double[] values = values(file, d, size, nodata);
            return new GeoRaster(file, GeoRaster.GEOTIFF, size.cols, size.rows, geo.cellX, geo.cellY, geo.xll,
                    geo.yll, geo.crs, values);
        } catch (RuntimeException e) {
            throw corrupt(file, "a tag", e);
        }
    }

    private record Size(int cols, int rows) {
    }

    private record Georeference(double xll, double yll, double cellX, double cellY, String crs) {
    }

    private static Size size(String file, FileDirectory d) throws ImportException {
        Number w = d.getImageWidth();
        Number h = d.getImageHeight();
        if (w == null || h == null || w.longValue() <= 0 || h.longValue() <= 0) {
            throw new ImportException(file + " is corrupt: it has no image width and height");
        }
        if (w.longValue() * h.longValue() > RasterImport.MAX_CELLS) {
            throw new ImportException(file + " has " + w + " x " + h + " cells; at most " + RasterImport.MAX_CELLS
                    + " can be imported (crop or coarsen it first, e.g. gdalwarp -te or -tr)");
        }
        return new Size(w.intValue(), h.intValue());
    }

    private static void checkSamples(String file, FileDirectory d) throws ImportException {
        int samples = d.getSamplesPerPixel();
        if (samples != 1) {
            throw new ImportException(file + " has " + samples + " samples per pixel (bands); only single-band "
                    + "rasters can be imported (extract one, e.g. gdal_translate -b 1)");
        }
        List<Integer> bitList = d.getBitsPerSample();
        List<Integer> formatList = d.getSampleFormat();
        int bits = bitList == null || bitList.isEmpty() ? 1 : bitList.get(0);
        int format = formatList == null || formatList.isEmpty() ? FORMAT_UNSIGNED : formatList.get(0);
        boolean integer = (format == FORMAT_UNSIGNED || format == FORMAT_SIGNED)
                && (bits == 8 || bits == 16 || bits == 32);
        boolean floating = format == FORMAT_FLOAT && (bits == 32 || bits == 64);
        if (!integer && !floating) {
            throw new ImportException(file + " has an unsupported sample format (" + bits + "-bit "
                    + formatName(format) + "); supported are 8, 16 and 32-bit signed or unsigned integers and "
                    + "32 or 64-bit floating point");
        }
    }

    private static String formatName(int format) {
        return switch (format) {
            case FORMAT_UNSIGNED -> "unsigned integer";
            case FORMAT_SIGNED -> "signed integer";
            case FORMAT_FLOAT -> "floating point";
            default -> "sample format " + format;
        };
    }

    private static Georeference georeference(String file, FileDirectory d, Size size) throws ImportException {
        List<Double> scale = doubles(d, FieldTagType.ModelPixelScale);
        List<Double> tie = doubles(d, FieldTagType.ModelTiepoint);
        List<Double> matrix = doubles(d, FieldTagType.ModelTransformation);
        GeoKeys keys = GeoKeys.of(d);
        double half = keys.rasterType == RASTER_PIXEL_IS_POINT ? 0.5 : 0;
        double cellX;
        double cellY;
        double left;
        double top;
        if (scale != null && tie != null && scale.size() >= 2 && tie.size() >= 6) {
            cellX = scale.get(0);
            cellY = scale.get(1);
            if (!(cellX > 0 && cellY > 0)) {
                throw new ImportException(file + " has pixel scale " + scale.get(0) + " x " + scale.get(1)
                        + "; only north-up rasters with positive pixel sizes can be imported");
            }
            left = tie.get(3) - (tie.get(0) + half) * cellX;
            top = tie.get(4) + (tie.get(1) + half) * cellY;
        } else if (matrix != null && matrix.size() >= 8) {
            cellX = matrix.get(0);
            cellY = -matrix.get(5);
            double shear = Math.max(Math.abs(matrix.get(1)), Math.abs(matrix.get(4)));
            if (shear > AXIS_TOLERANCE * Math.max(Math.abs(cellX), Math.abs(cellY)) || !(cellX > 0 && cellY > 0)) {
                throw new ImportException(file + " is rotated, sheared or not north-up (its ModelTransformation has "
                        + "rotation terms); warp it to a north-up grid first (gdalwarp)");
            }
            left = matrix.get(3) - half * cellX;
            top = matrix.get(7) + half * cellY;
        } else if (tie != null && tie.size() > 6) {
            throw new ImportException(file + " is georeferenced by " + tie.size() / 6 + " ground control points, "
                    + "not a regular grid; warp it first (gdalwarp)");
        } else {
            throw new ImportException(file + " is not georeferenced: it has neither ModelPixelScale with "
                    + "ModelTiepoint nor ModelTransformation (a plain TIFF image, not a GeoTIFF)");
        }
        double bottom = top - size.rows * cellY;
        if (!Double.isFinite(left) || !Double.isFinite(bottom) || !Double.isFinite(cellX) || !Double.isFinite(cellY)) {
            throw new ImportException(file + " is corrupt: its georeferencing is not a set of finite numbers");
        }
        return new Georeference(left, bottom, cellX, cellY, keys.crs);
    }

    /** The GeoKeys this import uses, from the GeoKeyDirectory's (key, location, count, value) entries. */
    private record GeoKeys(int rasterType, String crs) {

        static GeoKeys of(FileDirectory d) {
            List<Integer> dir = integers(d.get(FieldTagType.GeoKeyDirectory));
            int rasterType = 1;
            int modelType = 0;
            int projected = 0;
            int geographic = 0;
            if (dir != null && dir.size() >= 4) {
                int keys = Math.min(dir.get(3), (dir.size() - 4) / 4);
                for (int k = 0; k < keys; k++) {
                    int at = 4 + 4 * k;
                    if (dir.get(at + 1) != 0) {
                        continue; // stored in another tag: none of the keys used here are
                    }
                    int value = dir.get(at + 3);
                    switch (dir.get(at)) {
                        case KEY_MODEL_TYPE -> modelType = value;
                        case KEY_RASTER_TYPE -> rasterType = value;
                        case KEY_PROJECTED_CRS -> projected = value;
                        case KEY_GEOGRAPHIC_CRS -> geographic = value;
                        default -> {
                        }
                    }
                }
            }
            int code = projected != 0 || modelType == MODEL_PROJECTED ? projected : geographic;
            return new GeoKeys(rasterType, code > 0 && code != USER_DEFINED ? "EPSG:" + code : null);
        }
    }

    private static double nodata(String file, FileDirectory d) throws ImportException {
        FileDirectoryEntry e = d.get(FieldTagType.GDAL_NODATA);
        if (e == null) {
            return Double.NaN;
        }
        Object v = e.getValues();
        String text = (v instanceof List<?> l ? (l.isEmpty() ? "" : String.valueOf(l.get(0))) : String.valueOf(v))
                .strip().toLowerCase(Locale.ROOT);
        switch (text) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException ex) {
                    throw new ImportException(file + " has a GDAL_NODATA tag that is not a number: '" + printable(text)
                            + "'");
                }
        }
    }

    private static double[] values(String file, FileDirectory d, Size size, double nodata) throws ImportException {
        Rasters r;
        try {
            r = d.readRasters();
        } catch (RuntimeException e) {
            throw corrupt(file, "its image data", e);
        }
        boolean float32 = d.getSampleFormat() != null && d.getSampleFormat().get(0) == FORMAT_FLOAT
                && d.getBitsPerSample().get(0) == 32;
        float nodata32 = (float) nodata;
        double[] values = new double[size.cols * size.rows];
        int i = 0;
        try {
            for (int y = 0; y < size.rows; y++) {
                for (int x = 0; x < size.cols; x++) {
                    double v = r.getPixelSample(0, x, y).doubleValue();
                    boolean missing = v == nodata || float32 && (float) v == nodata32 || Double.isInfinite(v);
                    values[i++] = missing ? Double.NaN : v;
                }
            }
        } catch (RuntimeException e) {
            throw corrupt(file, "its image data", e);
        }
        return values;
    }

    private static List<Double> doubles(FileDirectory d, FieldTagType tag) {
        FileDirectoryEntry e = d.get(tag);
        if (e == null) {
            return null;
        }
        Object v = e.getValues();
        List<?> list = v instanceof List<?> l ? l : List.of(v);
        Double[] out = new Double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                return null;
            }
            out[i] = n.doubleValue();
        }
        return List.of(out);
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

    /** A failure inside tiff-java, worded for a person: the library's own message only when it wrote one. */
    private static ImportException corrupt(String file, String part, RuntimeException e) {
        String why = "";
        if (e instanceof mil.nga.tiff.util.TiffException && e.getMessage() != null) {
            why = " (" + printable(e.getMessage()) + ")";
        } else if (e instanceof ClassCastException) {
            why = " (a tag holds values of an unexpected type or count)";
        }
        return new ImportException(file + " is not a readable TIFF: " + part + " is corrupt or truncated" + why);
    }

    /** Text from the file, safe to show: printable ASCII only, at most 80 characters. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 80; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return s.length() > 80 ? out + "..." : out.toString();
    }
}
