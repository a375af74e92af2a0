package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.drillgrid.model.scenario.GridSpec;
import org.junit.jupiter.api.Test;

/**
 * GeoTIFFs written by GDAL 3.6.2 (commands in the resources' README.md): tiles, DEFLATE and LZW with
 * predictors, PixelIsPoint, a geographic system. Expected georeferencing and values are what
 * {@code gdalinfo} and {@code gdallocationinfo} print for the same files.
 */
class RasterGdalFilesTest {

    private static GeoRaster read(String name) throws IOException, ImportException {
        try (InputStream in = RasterGdalFilesTest.class.getResourceAsStream(name)) {
            return RasterImport.read(name, in.readAllBytes());
        }
    }

    @Test
    void tiledDeflateBytesWithHorizontalPredictor() throws Exception {
        GeoRaster r = read("gdal-landuse-tiled-deflate.tif");
        assertEquals("EPSG:4547", r.crs());
        assertEquals(120, r.cols());
        assertEquals(80, r.rows());
        assertEquals(498_500, r.xll());
        assertEquals(3_799_000, r.yll());
        assertEquals(25, r.cellSizeX());
        // gdallocationinfo -valonly <file> col row
        assertEquals(2, r.value(60, 40));
        assertEquals(5, r.value(119, 79));
        assertEquals(6, r.value(20, 3));
        assertEquals(41_350, Arrays.stream(r.values()).sum());
    }

    @Test
    void pixelIsPointLzwFloatsWithFloatingPointPredictor() throws Exception {
        GeoRaster r = read("gdal-dem-lzw-point.tif");
        // GDAL reports Origin = (498500, 3801000) for this PixelIsPoint file with its tie point at the centre
        assertEquals(498_500, r.xll(), 1e-9);
        assertEquals(3_801_000, r.yMax(), 1e-9);
        assertEquals("EPSG:4547", r.crs());
        assertEquals(85, r.value(0, 0), 1e-5);
        assertEquals(35.65, r.value(59, 39), 1e-5);
        assertEquals(52.62, r.value(30, 20), 1e-5);
    }

    @Test
    void longitudeLatitudeRasterIsReadAndRefusedOnAProjectedGrid() throws Exception {
        GeoRaster r = read("gdal-dem-lonlat.tif");
        assertEquals("EPSG:4326", r.crs());
        assertEquals(33, r.cols());
        assertEquals(18, r.rows());
        assertEquals(113.98369898104515, r.xll(), 1e-12);
        assertEquals(34.33660953715589, r.yMax(), 1e-12);
        assertEquals(0.001, r.cellSizeX(), 1e-15);
        assertEquals(83.94, r.value(0, 0), 1e-5);
        assertEquals(51.37, r.value(16, 9), 1e-5);
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.resample(r,
                new GridSpec(60, 40, 50.0, 498_500.0, 3_799_000.0, "EPSG:4547"), LayerKind.ELEVATION));
        assertTrue(e.getMessage().startsWith("gdal-dem-lonlat.tif is in EPSG:4326 but the scenario grid is in "
                + "EPSG:4547"), e.getMessage());
        ImportException g = assertThrows(ImportException.class, () -> RasterImport.gridFrom(r, 50));
        // 114.0 E, 34.3 N: CGCS2000 3-degree Gauss-Kruger zone CM 114E, EPSG:4547
        assertTrue(g.getMessage().contains("gdalwarp -t_srs EPSG:4547 -tr 50 50"), g.getMessage());
    }
}
