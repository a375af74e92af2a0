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
    void rendersEveryBundledScenarioAtItsScaleWithAndWithoutLayers() throws Exception {
        for (var entry : ScenarioCatalog.bundled().entries()) {
            LoadedScenario s = ScenarioLoader.load(ScenarioCatalog.bundled().source(entry.id()).orElseThrow());
            MapRenderer r = new MapRenderer(s);
            BufferedImage bare = read(r.png(EnumSet.noneOf(MapLayer.class)));
            BufferedImage full = read(r.png(EnumSet.allOf(MapLayer.class)));
            assertEquals(s.scenario().grid().cols() * r.scale(), bare.getWidth());
            assertEquals(s.scenario().grid().rows() * r.scale(), bare.getHeight());
            assertTrue(differingPixels(bare, full) > 0, entry.id() + ": layers change the picture");
        }
    }

    @Test
    void waterIsDrawnOnlyWhereItIsDeeperThanTheFirstClass() throws Exception {
        var entry = ScenarioCatalog.bundled().entries().get(0);
        LoadedScenario s = ScenarioLoader.load(ScenarioCatalog.bundled().source(entry.id()).orElseThrow());
        MapRenderer r = new MapRenderer(s);
        double[] depths = new double[s.scenario().grid().cellCount()];
        depths[0] = 0.04; // below the first class: not drawn
        depths[5] = 1.2;
        BufferedImage dry = read(r.png(EnumSet.of(MapLayer.WATER), new double[depths.length]));
        BufferedImage wet = read(r.png(EnumSet.of(MapLayer.WATER), depths));
        assertEquals(dry.getRGB(0, 0), wet.getRGB(0, 0));
        int x = 5 * r.scale();
        assertTrue(dry.getRGB(x, 0) != wet.getRGB(x, 0), "1.2 m of water shows");
        assertEquals((long) r.scale() * r.scale(), differingPixels(dry, wet), "exactly one cell changed");
    }

    @Test
    void cellAtInvertsTheScale() throws Exception {
        var entry = ScenarioCatalog.bundled().entries().get(0);
        MapRenderer r = new MapRenderer(ScenarioLoader.load(ScenarioCatalog.bundled().source(entry.id()).orElseThrow()));
        assertEquals(3, r.cellAt(3 * r.scale() + r.scale() - 1, 0).col());
        assertEquals(5, r.cellAt(0, 5 * r.scale()).row());
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
