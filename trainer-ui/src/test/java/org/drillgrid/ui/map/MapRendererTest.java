package org.drillgrid.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.api.Test;

class MapRendererTest {

    private static final double TOLERANCE = 1e-9;

    /** A plane rising by {@code dzEast} per cell to the east and {@code dzSouth} to the south. */
    private static GridLayer plane(double dzEast, double dzSouth) {
        double[] v = new double[9 * 9];
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                v[r * 9 + c] = 100 + dzEast * c + dzSouth * r;
            }
        }
        return new GridLayer(9, 9, v);
    }

    @Test
    void flatGroundIsLitAtTheSineOfTheSunAltitude() {
        // Horn hillshade of a flat cell = cos(zenith) = sin(45 degrees)
        assertEquals(Math.sin(Math.toRadians(45)), MapRenderer.hillshade(plane(0, 0), 4, 4, 30), TOLERANCE);
    }

    @Test
    void slopesFacingTheNorthWestSunAreBrighterThanSlopesFacingAway() {
        double facingSun = MapRenderer.hillshade(plane(10, 10), 4, 4, 30); // rises to the south-east: faces north-west
        double facingAway = MapRenderer.hillshade(plane(-10, -10), 4, 4, 30); // faces south-east
        assertTrue(facingSun > Math.sin(Math.toRadians(45)), "lit slope brighter than flat: " + facingSun);
        assertTrue(facingAway < Math.sin(Math.toRadians(45)), "shaded slope darker than flat: " + facingAway);
    }

    @Test
    void aSlopeFacingStraightIntoTheSunIsLitByTheCosineOfTheAngleBetweenNormalAndSun() {
        // slope rising 10 m per 30 m cell to both east and south: its normal points north-west, into the sun
        double tanSlope = Math.hypot(10.0 / 30, 10.0 / 30);
        double slope = Math.atan(tanSlope);
        double expected = Math.cos(Math.toRadians(45) - slope); // zenith 45 degrees, same azimuth
        assertEquals(expected, MapRenderer.hillshade(plane(10, 10), 4, 4, 30), TOLERANCE);
    }

    @Test
    void rendersEveryBundledScenarioTerrainAtItsScaleAndTheOverlayOnePixelACell() throws Exception {
        for (var entry : ScenarioCatalog.bundled().entries()) {
            LoadedScenario s = ScenarioLoader.load(ScenarioCatalog.bundled().source(entry.id()).orElseThrow());
            MapRenderer r = new MapRenderer(s);
            BufferedImage terrain = read(r.terrainPng());
            assertEquals(s.scenario().grid().cols() * r.scale(), terrain.getWidth());
            assertEquals(s.scenario().grid().rows() * r.scale(), terrain.getHeight());
            BufferedImage bare = read(r.overlayPng(EnumSet.noneOf(MapLayer.class), null));
            BufferedImage full = read(r.overlayPng(EnumSet.allOf(MapLayer.class), null));
            assertEquals(s.scenario().grid().cols(), bare.getWidth());
            assertEquals(s.scenario().grid().rows(), bare.getHeight());
            assertEquals(0, opaquePixels(bare), entry.id() + ": no layer, nothing drawn over the terrain");
            assertTrue(opaquePixels(full) > 0, entry.id() + ": its own layers (land use, roads) are drawn");
        }
    }

    @Test
    void waterIsDrawnOnlyWhereItIsDeeperThanTheFirstClass() throws Exception {
        var entry = ScenarioCatalog.bundled().entries().get(0);
        LoadedScenario s = ScenarioLoader.load(ScenarioCatalog.bundled().source(entry.id()).orElseThrow());
        MapRenderer r = new MapRenderer(s);
        int cols = s.scenario().grid().cols();
        int rows = s.scenario().grid().rows();
        double[] depths = new double[cols * rows];
        depths[0] = 0.04; // below the first class: not drawn
        depths[5] = 1.2;
        BufferedImage dry = read(r.overlayPng(EnumSet.of(MapLayer.WATER), Frames.depthsOnly(cols, rows,
                new double[depths.length])));
        BufferedImage wet = read(r.overlayPng(EnumSet.of(MapLayer.WATER), Frames.depthsOnly(cols, rows, depths)));
        assertEquals(0, opaquePixels(dry), "still dry ground is transparent");
        assertEquals(1, opaquePixels(wet), "exactly one cell is drawn");
        java.awt.Color drawn = new java.awt.Color(wet.getRGB(5, 0));
        java.awt.Color expected = Palette.depth(1.2);
        assertTrue(Math.abs(drawn.getRed() - expected.getRed()) + Math.abs(drawn.getGreen() - expected.getGreen())
                + Math.abs(drawn.getBlue() - expected.getBlue()) <= 6, "in its depth class: " + drawn);
        assertEquals(0, wet.getRGB(0, 0) >>> 24, "4 cm are not drawn");
    }

    private static long opaquePixels(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) >>> 24 != 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
