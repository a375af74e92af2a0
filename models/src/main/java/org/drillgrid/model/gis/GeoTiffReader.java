package org.drillgrid.model.gis;

import java.util.List;
import java.util.Locale;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;

/**
 * A single-band GeoTIFF as a {@link GeoRaster}. tiff-java reads the image directory; {@link TiffPixels}
 * reads the cells (tiff-java undoes predictors in the wrong byte order for big-endian files). Tag numbers
 * and keys are those of the OGC GeoTIFF standard 1.1 (OGC 19-008r4), unchanged from GeoTIFF 1.0:
 * ModelPixelScale 33550, ModelTiepoint 33922, ModelTransformation 34264, GeoKeyDirectory 34735 (read by
 * {@link GeoKeys}); nodata comes from GDAL's GDAL_NODATA tag 42113, scale and offset from its
 * GDAL_METADATA tag 42112 ({@link GdalMetadata}).
 *
 * <p>tiff-java trusts its input, so {@link TiffStructure} checks the file's structure first, and the image
 * size is bounded here; whatever the library still throws becomes an {@link ImportException}.
 */
final class GeoTiffReader {

    private static final int FORMAT_UNSIGNED = 1;
    private static final int FORMAT_SIGNED = 2;
    private static final int FORMAT_FLOAT = 3;
    /** Rotation or shear terms below this fraction of the pixel size are rounding, not rotation. */
    private static final double AXIS_TOLERANCE = 1e-9;

    private GeoTiffReader() {
    }

    static GeoRaster read(String file, byte[] bytes) throws ImportException {
        return read(file, bytes, GeoRaster.GEOTIFF);
    }

    /** Reads the TIFF in {@code bytes}; {@code format} names what the file was (a BigTIFF made classic). */
    static GeoRaster read(String file, byte[] bytes, String format) throws ImportException {
        FileDirectory d = directory(file, bytes);
        try {
            Size size = checked(file, bytes, d);
            GeoKeys keys = GeoKeys.of(d);
            Georeference geo = georeference(file, d, keys, size);
            keys.checkMetric(file, geo.xll + size.cols * geo.cellX / 2, geo.yll + size.rows * geo.cellY / 2);
            GdalMetadata metadata = GdalMetadata.of(file, d);
            double nodata = nodata(file, d);
            double[] values = values(file, bytes, d, size, nodata, metadata);
            flip(values, size.cols, size.rows, geo.flipX, geo.flipY);
            return new GeoRaster(file, format, size.cols, size.rows, geo.cellX, geo.cellY, geo.xll, geo.yll,
                    keys.crs(), values);
        } catch (RuntimeException e) {
            throw corrupt(file, "a tag or block", e);
        }
    }

    /** The cells of a TIFF's first image as stored, georeferenced or not: for tests on plain TIFFs. */
    static double[] samples(String file, byte[] tiff) throws ImportException {
        byte[] bytes = TiffStructure.isBigTiff(tiff) ? BigTiff.toClassic(file, tiff) : tiff;
        FileDirectory d = directory(file, bytes);
        try {
            Size size = checked(file, bytes, d);
            return TiffPixels.read(file, bytes, d, size.cols, size.rows);
        } catch (RuntimeException e) {
            throw corrupt(file, "a tag or block", e);
        }
    }

    private static FileDirectory directory(String file, byte[] bytes) throws ImportException {
        TiffStructure.checkDirectories(file, bytes);
        try {
            TIFFImage image = TiffReader.readTiff(bytes);
            return image.getFileDirectory();
        } catch (RuntimeException e) {
            throw corrupt(file, "its image directory", e);
        }
    }

    /** The image's size, after every check of its samples, layout and blocks. */
    private static Size checked(String file, byte[] bytes, FileDirectory d) throws ImportException {
        Size size = size(file, d);
        checkSamples(file, d);
        checkLayout(file, d);
        TiffStructure.checkCompression(file, d);
        TiffStructure.checkBlocks(file, bytes, d, size.cols, size.rows);
        return size;
    }

    private record Size(int cols, int rows) {
    }

    /** The lower-left corner, positive cell sizes, and whether the file's columns or rows run backwards. */
    private record Georeference(double xll, double yll, double cellX, double cellY, boolean flipX, boolean flipY) {
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
                    + "32 or 64-bit floating point (convert it, e.g. gdal_translate -ot Float32)");
        }
    }

    /**
     * Bit order and orientation change what the samples mean: a reversed fill order (FillOrder 2) and an
     * Orientation other than 1 (row 0 at the top, column 0 at the left) are refused rather than guessed at.
     */
    private static void checkLayout(String file, FileDirectory d) throws ImportException {
        Integer fill = d.getIntegerEntryValue(FieldTagType.FillOrder);
        if (fill != null && fill != 1) {
            throw new ImportException(file + " stores its bits in reverse order (TIFF FillOrder " + fill + "), which "
                    + "cannot be read; rewrite it (gdal_translate -co COMPRESS=DEFLATE)");
        }
        Integer orientation = d.getIntegerEntryValue(FieldTagType.Orientation);
        if (orientation != null && orientation != 1) {
            throw new ImportException(file + " has TIFF Orientation " + orientation + " (rows or columns stored in "
                    + "another order than the image's), which cannot be read; rewrite it north-up (gdalwarp)");
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

    /**
     * Where the raster lies. The file's first cell has its corner at (x0, y0), and cells step by (dx, dy)
     * along a row and down a column; north-up files have dy below 0. A south-up file (dy above 0) or one
     * whose columns run east to west (dx below 0) is read flipped into north-up order, which is exact; a
     * rotated or sheared one is refused.
     */
    private static Georeference georeference(String file, FileDirectory d, GeoKeys keys, Size size)
            throws ImportException {
        List<Double> scale = doubles(d, FieldTagType.ModelPixelScale);
        List<Double> tie = doubles(d, FieldTagType.ModelTiepoint);
        List<Double> matrix = doubles(d, FieldTagType.ModelTransformation);
        double half = keys.rasterType() == GeoKeys.RASTER_PIXEL_IS_POINT ? 0.5 : 0;
        double dx;
        double dy;
        double x0;
        double y0;
        if (scale != null && tie != null && scale.size() >= 2 && tie.size() >= 6) {
            dx = scale.get(0);
            dy = -scale.get(1);
            x0 = tie.get(3) - (tie.get(0) + half) * dx;
            y0 = tie.get(4) - (tie.get(1) + half) * dy;
        } else if (matrix != null && matrix.size() >= 8) {
            dx = matrix.get(0);
            dy = matrix.get(5);
            double shear = Math.max(Math.abs(matrix.get(1)), Math.abs(matrix.get(4)));
            if (shear > AXIS_TOLERANCE * Math.max(Math.abs(dx), Math.abs(dy))) {
                throw new ImportException(file + " is rotated or sheared (its ModelTransformation has rotation terms "
                        + GeoRaster.plain(matrix.get(1)) + " and " + GeoRaster.plain(matrix.get(4))
                        + "); warp it to a north-up grid first (gdalwarp)");
            }
            x0 = matrix.get(3) - half * dx;
            y0 = matrix.get(7) - half * dy;
        } else if (tie != null && tie.size() > 6) {
            throw new ImportException(file + " is georeferenced by " + tie.size() / 6 + " ground control points, "
                    + "not a regular grid; warp it first (gdalwarp)");
        } else {
            throw new ImportException(file + " is not georeferenced: it has neither ModelPixelScale with "
                    + "ModelTiepoint nor ModelTransformation (a plain TIFF image, not a GeoTIFF); give it its place "
                    + "first, e.g. gdal_translate -a_srs EPSG:4547 -a_ullr <west> <north> <east> <south>");
        }
        if (dx == 0 || dy == 0 || !Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new ImportException(file + " has cells of " + dx + " x " + dy + "; a cell size must be a finite "
                    + "number other than 0");
        }
        double left = Math.min(x0, x0 + size.cols * dx);
        double bottom = Math.min(y0, y0 + size.rows * dy);
        if (!Double.isFinite(left) || !Double.isFinite(bottom)) {
            throw new ImportException(file + " is corrupt: its georeferencing is not a set of finite numbers");
        }
        return new Georeference(left, bottom, Math.abs(dx), Math.abs(dy), dx < 0, dy > 0);
    }

    /** Reverses the rows (south-up) and the columns (east to west) into north-up, west-to-east order. */
    static void flip(double[] values, int cols, int rows, boolean flipX, boolean flipY) {
        if (flipY) {
            double[] row = new double[cols];
            for (int top = 0, bottom = rows - 1; top < bottom; top++, bottom--) {
                System.arraycopy(values, top * cols, row, 0, cols);
                System.arraycopy(values, bottom * cols, values, top * cols, cols);
                System.arraycopy(row, 0, values, bottom * cols, cols);
            }
        }
        if (flipX) {
            for (int r = 0; r < rows; r++) {
                for (int a = r * cols, b = a + cols - 1; a < b; a++, b--) {
                    double t = values[a];
                    values[a] = values[b];
                    values[b] = t;
                }
            }
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

    /**
     * The cells with nodata as NaN, then scaled: nodata is compared with the stored values, as GDAL does,
     * before scale and offset turn them into metres (or whatever the band holds).
     */
    private static double[] values(String file, byte[] bytes, FileDirectory d, Size size, double nodata,
            GdalMetadata metadata) throws ImportException {
        double[] values = TiffPixels.read(file, bytes, d, size.cols, size.rows);
        boolean float32 = d.getSampleFormat() != null && d.getSampleFormat().get(0) == FORMAT_FLOAT
                && d.getBitsPerSample().get(0) == 32;
        float nodata32 = (float) nodata;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            boolean missing = v == nodata || float32 && (float) v == nodata32 || Double.isInfinite(v);
            values[i] = missing ? Double.NaN : v * metadata.scale() + metadata.offset();
        }
        return values;
    }

    private static List<Double> doubles(FileDirectory d, FieldTagType tag) {
        return GeoKeys.doubles(d.get(tag));
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
