package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Differencing predictors in both byte orders, on real data: a 60 x 40 window of NASA's SRTM tile
 * N42E001 around Andorra la Vella, written by GDAL 3.6.2 in either byte order with predictor 2 or 3
 * (commands in the resources' README.md), and plain TIFFs from image-rs/image-tiff's test suite. The
 * little-endian copies are the twins: tiff-java 3.0.0 read those right and the big-endian ones wrong
 * (int16 predictor 2 gave values from -5 703 to 32 512 here).
 */
class RasterPredictorTest {

    /** Cells of the SRTM window that are voids (-32768 in the tile) and the sum of the others. */
    private static final int VOIDS = 24;
    private static final double SUM = 3_251_674;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = RasterPredictorTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static GeoRaster read(String name) throws IOException, ImportException {
        return RasterImport.read(name, resource(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"srtm-int16-be-lzw-p2.tif", "srtm-int16-be-deflate-p2-tiled.tif",
            "srtm-float32-le-deflate-p2.tif", "srtm-float32-be-deflate-p2.tif", "srtm-float32-le-lzw-p3.tif",
            "srtm-float32-be-lzw-p3.tif", "srtm-float32-be-deflate-p3-tiled.tif", "srtm-float64-be-deflate-p3.tif"})
    void bigEndianAndFloatingPointCopiesEqualTheLittleEndianInt16Twin(String name) throws Exception {
        GeoRaster twin = read("srtm-int16-le-lzw-p2.tif");
        GeoRaster r = read(name);
        assertEquals(twin.cols(), r.cols());
        assertEquals(twin.rows(), r.rows());
        assertEquals(twin.xll(), r.xll(), 1e-9, "the GDAL copies via ENVI round the corner to 1e-14 degrees");
        assertEquals(twin.yMax(), r.yMax(), 1e-9);
        assertEquals("EPSG:4326", r.crs());
        assertArrayEquals(twin.values(), r.values(), name);
    }

    @Test
    void theLittleEndianTwinHoldsTheTilesHeights() throws Exception {
        GeoRaster r = read("srtm-int16-le-lzw-p2.tif");
        // gdallocationinfo -valonly <file> col row, and the .hgt's own samples (rows 570-609, columns 600-659)
        assertEquals(1630, r.value(0, 0));
        assertEquals(1024, r.value(26, 22), "Andorra la Vella's town hall, row 592, column 626 of the tile");
        assertEquals(2021, r.value(59, 39));
        assertEquals(VOIDS, Arrays.stream(r.values()).filter(Double::isNaN).count(), "voids are nodata");
        assertEquals(SUM, Arrays.stream(r.values()).filter(v -> !Double.isNaN(v)).sum());
    }

    @Test
    void bigEndianUnsignedWithPredictorKeepsItsNodata() throws Exception {
        // gdal_translate -ot UInt16 -scale -32768 32767 0 65535 -a_nodata 0: each height plus 32 768
        GeoRaster twin = read("srtm-int16-le-lzw-p2.tif");
        GeoRaster r = read("srtm-uint16-be-lzw-p2.tif");
        for (int i = 0; i < r.values().length; i++) {
            assertEquals(twin.values()[i] + 32_768, r.values()[i], "cell " + i);
        }
        assertEquals(33_792, r.value(26, 22));
    }

    /**
     * libtiff applies a predictor only with LZW and DEFLATE: an uncompressed file with a Predictor tag holds
     * its values as they are (GDAL 3.6.2 reads 20, 21, 22, 23 in row 1 of this file, tiff-java 20, 41, 63, 86).
     */
    @Test
    void predictorTagOnAnUncompressedFileIsIgnoredAsLibtiffDoes() throws Exception {
        GeoRaster src = new GeoRaster("p.tif", GeoRaster.GEOTIFF, 4, 3, 50, 50, 499_900, 3_799_850, "EPSG:4547",
                new double[] {10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33});
        mil.nga.tiff.FileDirectory d = GeoTiffWriter.directory(src, mil.nga.tiff.FieldType.SHORT, null);
        d.setPredictor(2);
        GeoRaster r = RasterImport.read("p.tif", RasterImportTest.tiff(d));
        assertArrayEquals(src.values(), r.values());
    }

    /** image-tiff names its files by a hash of the pixels: files with the same hash hold the same image. */
    @Test
    void imageTiffFilesWithTheSamePixelsDecodeAlike() throws Exception {
        double[] plain8 = samples("image-tiff/seq-1c-8b-bigendian-20f3db0c.tiff");
        assertArrayEquals(plain8, samples("image-tiff/seq-1c-8b-lzw-hpredict-20f3db0c.tiff"));
        assertArrayEquals(samples("image-tiff/seq-1c-16b-deflate-68f373a0.tiff"),
                samples("image-tiff/seq-1c-16b-bigendian-68f373a0.tiff"));
        assertArrayEquals(samples("image-tiff/seq-1c-32f-390fe673.tiff"),
                samples("image-tiff/seq-1c-32f-deflate-fpredict-390fe673.tiff"));
        assertArrayEquals(samples("image-tiff/seq-1c-64f-afa8560e.tiff"),
                samples("image-tiff/seq-1c-64f-deflate-fpredict-afa8560e.tiff"));
        // gdallocationinfo -valonly <file> 7 9 and 15 15
        assertEquals(151, plain8[9 * 16 + 7]);
        assertEquals(255, plain8[15 * 16 + 15]);
        assertEquals(0.592156887054443, samples("image-tiff/seq-1c-32f-deflate-fpredict-390fe673.tiff")[9 * 16 + 7],
                1e-12);
        assertTrue(Arrays.stream(plain8).distinct().count() > 100, "a real image, not a constant");
    }

    /**
     * Bytes changed anywhere in compressed, predicted, tiled big-endian files give a raster or an
     * ImportException naming the file: never another exception, a hang or a block read past its end.
     */
    @ParameterizedTest
    @ValueSource(strings = {"srtm-int16-be-deflate-p2-tiled.tif", "srtm-float32-be-lzw-p3.tif",
            "srtm-float32-be-deflate-p3-tiled.tif"})
    void flippedBytesNeverEscapeAsAnotherException(String name) throws Exception {
        flipBytes(resource(name), new Random(name.hashCode()), 500);
    }

    /**
     * Changes 1 to 4 bytes (after the byte order mark) of {@code ok} at random, {@code rounds} times, and reads
     * each: a raster or an ImportException naming the file, within 20 s; any other exception fails.
     */
    static void flipBytes(byte[] ok, Random random, int rounds) {
        for (int round = 0; round < rounds; round++) {
            byte[] bytes = ok.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bytes[4 + random.nextInt(bytes.length - 4)] = (byte) random.nextInt(256);
            }
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    RasterImport.read("flipped.tif", bytes);
                } catch (ImportException e) {
                    assertTrue(e.getMessage().startsWith("flipped.tif "), e.getMessage());
                } catch (RuntimeException e) {
                    fail("unexpected " + e, e);
                }
            });
        }
    }

    static double[] samples(String name) throws IOException, ImportException {
        return GeoTiffReader.samples(name, resource(name));
    }
}
