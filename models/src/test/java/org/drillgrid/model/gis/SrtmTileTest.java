package org.drillgrid.model.gis;

import static org.drillgrid.model.gis.RasterPredictorTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * SRTM tiles: NASA's 3-arc-second tile N42E001 over Andorra (public domain; the copy in GraphHopper's test
 * files, as /work/shared/geodata/andorra/README.md says) and N10W110 from rasterio's test data
 * (tests/data/N10W110.hgt.zip, commit a9411f8d81baee1fe5820cfe7762525c854c7941). Expected corners are
 * what gdalinfo prints for the same files (GDAL's SRTMHGT driver).
 */
class SrtmTileTest {

    private static final double CELL = 1.0 / 1200;

    private static String refusal(String name, byte[] bytes) {
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.read(name, bytes));
        assertTrue(e.getMessage().startsWith(name + " ") || e.getMessage().startsWith(name + ":"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void andorraTileHeightAtTheTownHallOfAndorraLaVella() throws Exception {
        GeoRaster r = RasterImport.read("N42E001.hgt.zip", resource("srtm/N42E001.hgt.zip"));
        assertEquals(GeoRaster.SRTM_HGT, r.format());
        assertEquals("EPSG:4326", r.crs());
        assertEquals(1201, r.cols());
        assertEquals(1201, r.rows());
        assertEquals(CELL, r.cellSizeX(), 1e-15);
        // gdalinfo: Origin = (0.999583333333333, 43.000416666666666): half a cell beyond the whole degrees
        assertEquals(1 - CELL / 2, r.xll(), 1e-12);
        assertEquals(43 + CELL / 2, r.yMax(), 1e-12);
        assertEquals(42 - CELL / 2, r.yll(), 1e-12);
        // Andorra la Vella's town hall, 42.5066 N 1.5218 E. The sample there is row round((43 - 42.5066) * 1200)
        // = round(592.08) = 592 from the north and column round((1.5218 - 1) * 1200) = round(626.16) = 626,
        // bytes 2 * (592 * 1201 + 626) = 1 423 236-7 of N42E001.hgt: 0x04 0x00, big-endian 1024 m.
        // gdallocationinfo -wgs84 N42E001.hgt 1.5218 42.5066 prints "Location: (626P,592L) Value: 1024".
        int col = (int) Math.floor((1.5218 - r.xll()) / r.cellSizeX());
        int row = (int) Math.floor((r.yMax() - 42.5066) / r.cellSizeY());
        assertEquals(626, col);
        assertEquals(592, row);
        assertEquals(1024, r.value(col, row));
        // the tile's voids (-32768): 7 652 of 1 442 401 samples; highest 3 100 m
        assertEquals(7652, Arrays.stream(r.values()).filter(Double::isNaN).count());
        assertEquals(3100, Arrays.stream(r.values()).filter(v -> !Double.isNaN(v)).max().orElseThrow());
    }

    @Test
    void bareTileEqualsTheZippedOneAndKeepsTheSameCellsAsTheGeoTiffWindow() throws Exception {
        byte[] hgt = unzip(resource("srtm/N42E001.hgt.zip"));
        GeoRaster bare = RasterImport.read("N42E001.hgt", hgt);
        GeoRaster zipped = RasterImport.read("N42E001.hgt.zip", resource("srtm/N42E001.hgt.zip"));
        assertArrayEquals(zipped.values(), bare.values());
        assertEquals(zipped.xll(), bare.xll());
        // gdal_translate -srcwin 600 570 60 40 of this tile: the window's cell (26, 22) is the tile's (626, 592)
        GeoRaster window = RasterPredictorTest.read("srtm-int16-le-lzw-p2.tif");
        assertEquals(bare.xll() + 600 * CELL, window.xll(), 1e-12);
        assertEquals(bare.yMax() - 570 * CELL, window.yMax(), 1e-12);
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 60; c++) {
                assertEquals(bare.value(600 + c, 570 + r), window.value(c, r), 0, "cell " + c + ", " + r);
            }
        }
    }

    @Test
    void aTileIsInLongitudeLatitudeAndTheRefusalNamesTheUtmZoneOfItsCentre() throws Exception {
        GeoRaster r = RasterImport.read("N42E001.hgt.zip", resource("srtm/N42E001.hgt.zip"));
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.gridFrom(r, 30));
        // 1.5 E, 42.5 N lies in UTM zone 31 (0-6 E)
        assertTrue(e.getMessage().startsWith("N42E001.hgt.zip is in longitude/latitude (EPSG:4326)"), e.getMessage());
        assertTrue(e.getMessage().contains("gdalwarp -t_srs EPSG:32631 -tr 30 30"), e.getMessage());
        ImportException g = assertThrows(ImportException.class, () -> RasterImport.resample(r,
                new org.drillgrid.model.scenario.GridSpec(10, 10, 30.0, 0.0, 0.0, null), LayerKind.ELEVATION));
        assertTrue(g.getMessage().contains("EPSG:32631 (WGS 84 / UTM zone 31N)"), g.getMessage());
    }

    @Test
    void westernTileFromRasterioIsPlacedWestOfGreenwich() throws Exception {
        GeoRaster r = RasterImport.read("N10W110.hgt.zip", resource("srtm/N10W110.hgt.zip"));
        // gdalinfo: Origin = (-110.000416666666666, 11.000416666666666)
        assertEquals(-110 - CELL / 2, r.xll(), 1e-12);
        assertEquals(11 + CELL / 2, r.yMax(), 1e-12);
        // gdallocationinfo -valonly N10W110.hgt 927 816 prints 3 (an island in an ocean of zeros)
        assertEquals(3, r.value(927, 816));
        assertEquals(0, r.value(0, 0));
    }

    @Test
    void oneArcSecondTileAndSouthernHemisphere() throws Exception {
        byte[] hgt = new byte[3601 * 3601 * 2];
        hgt[2 * 3601] = 0x01; // row 1, column 0: 256 m
        GeoRaster r = RasterImport.read("S01W001.hgt", hgt);
        assertEquals(3601, r.cols());
        assertEquals(1.0 / 3600, r.cellSizeY(), 1e-15);
        assertEquals(-1 - 1.0 / 7200, r.xll(), 1e-12);
        assertEquals(-1 - 1.0 / 7200, r.yll(), 1e-12);
        assertEquals(256, r.value(0, 1));
    }

    @Test
    void refusalsNameTheFileAndTheReason() throws Exception {
        String size = refusal("N42E001.hgt", new byte[1000]);
        assertTrue(size.contains("1000 bytes") && size.contains("2884802"), size);
        String name = refusal("dem.hgt", new byte[1201 * 1201 * 2]);
        assertTrue(name.contains("not a tile name like N42E001.hgt") && name.contains("gdal_translate"), name);
        String none = refusal("tiles.zip", zip("readme.txt", new byte[10]));
        assertTrue(none.contains("without an SRTM .hgt tile"), none);
        String two = refusal("tiles.zip", zip("N42E001.hgt", new byte[1201 * 1201 * 2], "N42E002.hgt",
                new byte[1201 * 1201 * 2]));
        assertTrue(two.contains("more than one .hgt tile") && two.contains("gdalbuildvrt"), two);
        String corrupt = refusal("N42E001.hgt.zip", Arrays.copyOf(resource("srtm/N42E001.hgt.zip"), 5000));
        assertTrue(corrupt.contains("cannot be read") || corrupt.contains("not an SRTM tile"), corrupt);
    }

    /** A few kilobytes that unpack to far more than a tile are refused after one tile's worth of bytes. */
    @Test
    void zipBombsAreRefusedEarly() throws Exception {
        byte[] bomb = zip("N42E001.hgt", new byte[64 * 1024 * 1024]);
        assertTrue(bomb.length < 100_000, "the bomb is " + bomb.length + " bytes");
        String big = refusal("N42E001.hgt.zip", bomb);
        assertTrue(big.contains("more than 25934402"), big);
        String other = refusal("N42E001.hgt.zip", zip("readme.txt", new byte[64 * 1024 * 1024]));
        assertTrue(other.contains("other files that unpack to more than"), other);
    }

    private static byte[] unzip(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            return in.readAllBytes();
        }
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                z.write((byte[]) namesAndContents[i + 1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
