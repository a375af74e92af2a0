package org.drillgrid.model.gis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.util.TiffConstants;

/**
 * A {@link GeoRaster} as an uncompressed single-band GeoTIFF (tiff-java's writer): ModelPixelScale and
 * ModelTiepoint at the north-west corner, a GeoKeyDirectory with PixelIsArea and the EPSG code (projected
 * or geographic), and GDAL_NODATA when nodata is given. For the synthetic test city and tests; the import
 * itself never writes.
 */
final class GeoTiffWriter {

    private static final Pattern EPSG = Pattern.compile("EPSG:(\\d{4,5})");
    private static final int GEO_KEY_VERSION = 1;
    private static final int GEO_KEY_REVISION = 1;
    private static final int MODEL_PROJECTED = 1;
    private static final int MODEL_GEOGRAPHIC = 2;
    private static final int PIXEL_IS_AREA = 1;

    private GeoTiffWriter() {
    }

    /** The file's bytes; NaN values are written as {@code nodata}, or as NaN in a float raster without one. */
    static byte[] write(GeoRaster r, FieldType type, Double nodata) throws IOException {
        return TiffWriter.writeTiffToBytes(new TIFFImage(directory(r, type, nodata)));
    }

    /** The image directory {@link #write} writes, for tests that change a tag before writing. */
    static FileDirectory directory(GeoRaster r, FieldType type, Double nodata) {
        Rasters rasters = new Rasters(r.cols(), r.rows(), 1, type);
        for (int y = 0; y < r.rows(); y++) {
            for (int x = 0; x < r.cols(); x++) {
                double v = r.value(x, y);
                if (Double.isNaN(v) && nodata != null) {
                    v = nodata;
                } else if (Double.isNaN(v) && type != FieldType.FLOAT && type != FieldType.DOUBLE) {
                    throw new IllegalArgumentException("an integer raster with nodata cells needs a nodata value");
                }
                rasters.setFirstPixelSample(x, y, sample(v, type));
            }
        }
        FileDirectory d = new FileDirectory();
        d.setImageWidth(r.cols());
        d.setImageHeight(r.rows());
        d.setBitsPerSample(type.getBits());
        d.setCompression(TiffConstants.COMPRESSION_NO);
        d.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        d.setSamplesPerPixel(1);
        d.setRowsPerStrip(rasters.calculateRowsPerStrip(TiffConstants.PLANAR_CONFIGURATION_CHUNKY));
        d.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        d.setSampleFormat(FieldType.getSampleFormat(type));
        d.setWriteRasters(rasters);
        d.addEntry(new FileDirectoryEntry(FieldTagType.ModelPixelScale, FieldType.DOUBLE, 3,
                List.of(r.cellSizeX(), r.cellSizeY(), 0.0)));
        d.addEntry(new FileDirectoryEntry(FieldTagType.ModelTiepoint, FieldType.DOUBLE, 6,
                List.of(0.0, 0.0, 0.0, r.xll(), r.yMax(), 0.0)));
        List<Integer> keys = geoKeys(r.crs());
        d.addEntry(new FileDirectoryEntry(FieldTagType.GeoKeyDirectory, FieldType.SHORT, keys.size(), keys));
        if (nodata != null) {
            String text = GeoRaster.plain(nodata);
            d.addEntry(new FileDirectoryEntry(FieldTagType.GDAL_NODATA, FieldType.ASCII, text.length() + 1,
                    List.of(text)));
        }
        return d;
    }

    /** GeoKeyDirectory: header {version, revision, minor, count}, then {key, location 0, count 1, value}. */
    private static List<Integer> geoKeys(String crs) {
        List<int[]> keys = new ArrayList<>();
        Matcher m = crs == null ? null : EPSG.matcher(crs);
        boolean known = m != null && m.matches();
        boolean geographic = Projection.isGeographic(crs);
        if (known) {
            keys.add(new int[] {1024, geographic ? MODEL_GEOGRAPHIC : MODEL_PROJECTED});
        }
        keys.add(new int[] {1025, PIXEL_IS_AREA});
        if (known) {
            keys.add(new int[] {geographic ? 2048 : 3072, Integer.parseInt(m.group(1))});
        }
        List<Integer> out = new ArrayList<>(List.of(GEO_KEY_VERSION, GEO_KEY_REVISION, 0, keys.size()));
        for (int[] k : keys) {
            out.addAll(List.of(k[0], 0, 1, k[1]));
        }
        return out;
    }

    /** tiff-java stores integers by truncating the Number to the field's width: a long keeps uint32 intact. */
    private static Number sample(double v, FieldType type) {
        return switch (type) {
            case FLOAT -> (float) v;
            case DOUBLE -> v;
            default -> Math.round(v);
        };
    }
}
