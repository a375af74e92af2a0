package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.io.ByteWriter;
import mil.nga.tiff.util.TiffConstants;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading rasters: ESRI ASCII and GeoTIFF written here and read back. GeoTIFF tags and keys as in the OGC
 * GeoTIFF standard 1.1 (OGC 19-008r4, unchanged from GeoTIFF 1.0): ModelPixelScale 33550, ModelTiepoint
 * 33922, ModelTransformation 34264, GeoKeyDirectory 34735 (GTModelTypeGeoKey 1024, GTRasterTypeGeoKey
 * 1025 with PixelIsArea = 1 and PixelIsPoint = 2, GeographicTypeGeoKey 2048, ProjectedCSTypeGeoKey 3072,
 * 32767 = user-defined); GDAL_NODATA is GDAL's private tag 42113.
 */
class RasterImportTest {

    /** 4 x 3 cells of 50 m at EPSG:4547 near E 500 000, N 3 800 000, one nodata cell. */
    static GeoRaster sample(String crs) {
        double[] v = {
            10.5, 11.25, 12, -3,
            20, Double.NaN, 22.75, 23,
            30, 31, 32, 1000.125};
        return new GeoRaster("dem.tif", GeoRaster.GEOTIFF, 4, 3, 50, 50, 499_900, 3_799_850, crs, v);
    }

    static byte[] tiff(FileDirectory d) throws IOException {
        return TiffWriter.writeTiffToBytes(new TIFFImage(d));
    }

    /** A GeoKeyDirectory of {key, value} pairs stored in the directory itself (location 0). */
    static FileDirectoryEntry geoKeys(int... keyValues) {
        List<Integer> keys = new ArrayList<>(List.of(1, 1, 0, keyValues.length / 2));
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.addAll(List.of(keyValues[i], 0, 1, keyValues[i + 1]));
        }
        return new FileDirectoryEntry(FieldTagType.GeoKeyDirectory, FieldType.SHORT, keys.size(), keys);
    }

    @Test
    void asciiGridRoundTripsWithoutACoordinateSystem() throws Exception {
        GeoRaster src = sample(null);
        StringWriter out = new StringWriter();
        AsciiGrid.write(out, new AsciiGrid.Header(4, 3, 499_900, 3_799_850, 50, -9999),
                new GridLayer(4, 3, src.values()), 3);
        GeoRaster r = RasterImport.read("landuse.asc", out.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals("ESRI ASCII", r.format());
        assertEquals("landuse.asc", r.file());
        assertNull(r.crs());
        assertEquals(new GeoRaster("landuse.asc", "ESRI ASCII", 4, 3, 50, 50, 499_900, 3_799_850, null, src.values()),
                r);
    }

    @Test
    void float32GeoTiffRoundTripsWithNodataAndCrs() throws Exception {
        GeoRaster src = sample("EPSG:4547");
        GeoRaster r = RasterImport.read("dem.tif", GeoTiffWriter.write(src, FieldType.FLOAT, -9999.0));
        assertEquals("GeoTIFF", r.format());
        assertEquals(src, r);
        assertTrue(Double.isNaN(r.value(1, 1)));
        assertEquals(3_800_000, r.yMax());
    }

    @Test
    void int16GeoTiffRoundTripsNegativeValuesAndNodata() throws Exception {
        double[] v = {-32767, -1, 0, 32767, Double.NaN, 7};
        GeoRaster src = new GeoRaster("roads.tif", "GeoTIFF", 3, 2, 25, 25, 0, 0, "EPSG:32650", v);
        GeoRaster r = RasterImport.read("roads.tif", GeoTiffWriter.write(src, FieldType.SSHORT, -32768.0));
        assertEquals(src, r);
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"BYTE", "SBYTE", "SHORT", "SSHORT", "LONG", "SLONG", "FLOAT",
        "DOUBLE"})
    void everySupportedSampleTypeReadsBack(FieldType type) throws Exception {
        double[] v = {0, 1, 2, 100, 127, 3};
        GeoRaster src = new GeoRaster("x.tif", "GeoTIFF", 3, 2, 10, 10, 100, 200, "EPSG:4547", v);
        assertEquals(src, RasterImport.read("x.tif", GeoTiffWriter.write(src, type, null)));
    }

    @Test
    void bigEndianTiffReads() throws Exception {
        GeoRaster src = sample("EPSG:4547");
        byte[] bytes = TiffWriter.writeTiffToBytes(new ByteWriter(ByteOrder.BIG_ENDIAN),
                new TIFFImage(GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0)));
        assertEquals('M', bytes[0]);
        assertEquals(src, RasterImport.read("dem.tif", bytes));
    }

    @Test
    void deflateCompressedTiffReads() throws Exception {
        GeoRaster src = sample("EPSG:4547");
        FileDirectory d = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        d.setCompression(TiffConstants.COMPRESSION_DEFLATE);
        assertEquals(src, RasterImport.read("dem.tif", tiff(d)));
    }

    @Test
    void formatIsSniffedFromContentNotName() throws Exception {
        GeoRaster src = sample("EPSG:4547");
        assertEquals("GeoTIFF", RasterImport.read("dem.asc", GeoTiffWriter.write(src, FieldType.FLOAT, -9999.0))
                .format());
        byte[] ascii = "ncols 1\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 5\n7\n"
                .getBytes(StandardCharsets.US_ASCII);
        GeoRaster r = RasterImport.read("dem.tif", ascii);
        assertEquals("ESRI ASCII", r.format());
        assertArrayEquals(new double[] {7}, r.values());
    }

    @Test
    void pixelIsPointShiftsTheCornerByHalfACell() throws Exception {
        // GeoTIFF 1.1 (OGC 19-008r4) 8.2.1: with PixelIsPoint the tie point is the centre of pixel (0, 0)
        GeoRaster src = sample("EPSG:4547");
        FileDirectory d = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        d.addEntry(geoKeys(1024, 1, 1025, 2, 3072, 4547));
        GeoRaster r = RasterImport.read("dem.tif", tiff(d));
        assertEquals(499_875, r.xll(), 1e-9);
        assertEquals(3_799_875, r.yll(), 1e-9);
    }

    @Test
    void modelTransformationGeoreferencesLikeScaleAndTiepoint() throws Exception {
        GeoRaster src = sample("EPSG:4547");
        FileDirectory d = withoutGeoreference(src);
        d.addEntry(new FileDirectoryEntry(FieldTagType.ModelTransformation, FieldType.DOUBLE, 16,
                List.of(50.0, 0.0, 0.0, 499_900.0, 0.0, -50.0, 0.0, 3_800_000.0,
                        0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)));
        assertEquals(src, RasterImport.read("dem.tif", tiff(d)));
    }

    /** The directory of {@code src} without ModelPixelScale and ModelTiepoint. */
    static FileDirectory withoutGeoreference(GeoRaster src) {
        FileDirectory full = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        FileDirectory d = new FileDirectory(full.getWriteRasters());
        for (FileDirectoryEntry e : full.getEntries()) {
            if (e.getFieldTag() != FieldTagType.ModelPixelScale && e.getFieldTag() != FieldTagType.ModelTiepoint) {
                d.addEntry(e);
            }
        }
        return d;
    }

    @Test
    void geographicUserDefinedAndProjectedOnAGeographicBaseCrs() throws Exception {
        GeoRaster src = sample(null);
        FileDirectory d = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        d.addEntry(geoKeys(1024, 2, 1025, 1, 2048, 4326));
        assertEquals("EPSG:4326", RasterImport.read("a.tif", tiff(d)).crs());
        d.addEntry(geoKeys(1024, 1, 3072, 32767));
        assertNull(RasterImport.read("b.tif", tiff(d)).crs(), "user-defined projection");
        // a projected model with a user-defined projection on CGCS2000 is not EPSG:4490 itself
        d.addEntry(geoKeys(1024, 1, 2048, 4490, 3072, 32767));
        assertNull(RasterImport.read("c.tif", tiff(d)).crs());
        assertNull(RasterImport.read("d.tif", tiff(withGeoKeysRemoved(src))).crs(), "no GeoKeyDirectory");
    }

    private static FileDirectory withGeoKeysRemoved(GeoRaster src) {
        FileDirectory full = GeoTiffWriter.directory(src, FieldType.FLOAT, -9999.0);
        FileDirectory d = new FileDirectory(full.getWriteRasters());
        full.getEntries().stream().filter(e -> e.getFieldTag() != FieldTagType.GeoKeyDirectory).forEach(d::addEntry);
        return d;
    }

    @Test
    void nanNodataTagAndNanValuesAreNodata() throws Exception {
        GeoRaster src = sample("EPSG:4547");
        FileDirectory d = GeoTiffWriter.directory(src, FieldType.FLOAT, Double.NaN);
        d.addEntry(new FileDirectoryEntry(FieldTagType.GDAL_NODATA, FieldType.ASCII, 4, List.of("nan")));
        assertEquals(src, RasterImport.read("dem.tif", tiff(d)));
    }
}
