package org.drillgrid.model.gis;

import static org.drillgrid.model.gis.RasterPredictorTest.read;
import static org.drillgrid.model.gis.RasterPredictorTest.samples;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * BigTIFF files read through their classic rewrite ({@link BigTiff}): the SRTM window of
 * {@link RasterPredictorTest} written by GDAL 3.6.2 with {@code -co BIGTIFF=YES} (commands in the resources'
 * README.md), and BigTIFFs from image-rs/image-tiff's test suite, which must decode as the classic TIFF with
 * the same pixel hash.
 */
class RasterBigTiffTest {

    @ParameterizedTest
    @ValueSource(strings = {"srtm-int16-bigtiff-lzw-p2.tif", "srtm-int16-bigtiff-be-tiled.tif"})
    void gdalBigTiffEqualsTheClassicTwin(String name) throws Exception {
        GeoRaster twin = read("srtm-int16-le-lzw-p2.tif");
        GeoRaster r = read(name);
        assertEquals(GeoRaster.BIGTIFF, r.format());
        assertEquals("EPSG:4326", r.crs());
        assertEquals(twin.xll(), r.xll());
        assertEquals(twin.yll(), r.yll());
        assertEquals(twin.cellSizeX(), r.cellSizeX());
        assertArrayEquals(twin.values(), r.values());
        assertEquals(1024, r.value(26, 22), "gdallocationinfo -valonly " + name + " 26 22");
    }

    @Test
    void imageTiffBigTiffsDecodeAsTheirClassicTwin() throws Exception {
        double[] classic = samples("image-tiff/seq-1c-8b-bigendian-20f3db0c.tiff");
        assertArrayEquals(classic, samples("image-tiff/seq-1c-8b-bigtiff-20f3db0c.tiff"));
        assertArrayEquals(classic, samples("image-tiff/seq-1c-8b-tiled-bigtiff-20f3db0c.tiff"));
    }

    /** Bytes changed anywhere in a BigTIFF give a raster or an ImportException naming the file, never more. */
    @Test
    void flippedBytesInABigTiffNeverEscapeAsAnotherException() throws Exception {
        RasterPredictorTest.flipBytes(RasterPredictorTest.resource("srtm-int16-bigtiff-be-tiled.tif"), new Random(11), 1000);
    }
}
