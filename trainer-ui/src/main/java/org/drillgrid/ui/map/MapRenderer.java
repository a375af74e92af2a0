package org.drillgrid.ui.map;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.ImageIO;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * The raster parts of a scenario's map (Java2D), north up: the hillshaded, height-tinted terrain, computed
 * once per renderer, and the chosen simulation layers of a moment as a transparent overlay, one pixel per
 * cell. {@link GridMap} lays both on its web map.
 */
public final class MapRenderer {

    /** Sun from the north-west, 45 degrees up: the cartographic convention. */
    private static final double AZIMUTH = Math.toRadians(315);
    private static final double ALTITUDE = Math.toRadians(45);
    private static final int TARGET_WIDTH = 800;

    private final LoadedScenario scenario;
    private final int cols;
    private final int rows;
    private final int scale;
    private final BufferedImage terrain;

    public MapRenderer(LoadedScenario scenario) {
        this.scenario = scenario;
        this.cols = scenario.scenario().grid().cols();
        this.rows = scenario.scenario().grid().rows();
        this.scale = Math.max(1, Math.min(8, TARGET_WIDTH / cols));
        this.terrain = terrain(scenario.elevation(), scenario.scenario().grid().cellSize());
    }

    public int scale() {
        return scale;
    }

    public int width() {
        return cols * scale;
    }

    public int height() {
        return rows * scale;
    }

    /**
     * The terrain under every layer, hillshaded and height-tinted, {@link #scale} pixels per cell (smoothed
     * between cells): drawn once per map.
     */
    public byte[] terrainPng() {
        BufferedImage img = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(terrain, 0, 0, width(), height(), null);
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    /**
     * The raster layers of a moment, one pixel per cell and transparent where there is nothing to draw, to lay
     * over the terrain (the browser scales it up without smoothing): land use, population, water, damage,
     * fire, people, roads, closures and outages, each when chosen and known (any part of the frame may be
     * null; without a frame only the scenario's own layers are drawn). Sites, teams and pins are vector
     * labels of the web map, not pixels.
     */
    public byte[] overlayPng(Set<MapLayer> layers, Frame frame) {
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            if (layers.contains(MapLayer.LAND_USE)) {
                scenario.layer("landUse").ifPresent(l -> cells(g, l, 0.45f, v -> Palette.landUse(LandUse.ofCode(v))));
            }
            if (layers.contains(MapLayer.POPULATION)) {
                scenario.layer("population").ifPresent(l -> population(g, l));
            }
            if (frame != null) {
                hazards(g, layers, frame);
            }
            if (layers.contains(MapLayer.ROADS)) {
                scenario.layer("roads").ifPresent(l -> cells(g, l, 0.9f, MapRenderer::roadColour));
            }
            if (frame != null && layers.contains(MapLayer.CLOSURES)) {
                bits(g, frame.blocked(), Palette.BLOCKED, 0.9f);
                bits(g, frame.closed(), Palette.CLOSED, 1f);
            }
            if (frame != null && layers.contains(MapLayer.OUTAGES)) {
                bits(g, frame.powerOut(), Palette.POWER_OUT, 0.35f);
                bits(g, frame.networkOut(), Palette.NETWORK_OUT, 0.35f);
            }
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    private void hazards(Graphics2D g, Set<MapLayer> layers, Frame frame) {
        if (layers.contains(MapLayer.WATER) && frame.depths() != null) {
            cells(g, new GridLayer(cols, rows, frame.depths()), 0.85f, Palette::depth);
        }
        if (layers.contains(MapLayer.DAMAGE) && frame.damage() != null) {
            cells(g, new GridLayer(cols, rows, bytes(frame.damage())), 0.75f, v -> Palette.damage((int) v));
        }
        if (layers.contains(MapLayer.FIRE) && frame.burned() != null) {
            bits(g, frame.burned(), Palette.BURNED, 0.8f);
            bits(g, frame.fireline(), Palette.FIRELINE, 1f);
        }
        if (layers.contains(MapLayer.PEOPLE) && frame.people() != null) {
            cells(g, new GridLayer(cols, rows, bytes(frame.people())), 0.8f, v -> Palette.people((int) v));
        }
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color roadColour(double v) {
        int code = (int) v;
        return code <= 0 || code >= RoadClass.values().length ? null : Palette.road(RoadClass.values()[code]);
    }

    private void cells(Graphics2D g, GridLayer layer, float alpha, java.util.function.DoubleFunction<Color> colour) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Color col = colour.apply(layer.get(c, r));
                if (col != null) {
                    g.setColor(col);
                    g.fillRect(c, r, 1, 1);
                }
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private void population(Graphics2D g, GridLayer layer) {
        double max = Math.max(1, layer.max());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = layer.get(c, r);
                if (v > 0) {
                    // square-root scale: sparse villages stay visible next to a dense centre
                    float a = (float) (0.15 + 0.65 * Math.sqrt(v / max));
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a));
                    g.setColor(Palette.POPULATION);
                    g.fillRect(c, r, 1, 1);
                }
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static double[] bytes(byte[] b) {
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i];
        }
        return out;
    }

    private void bits(Graphics2D g, java.util.BitSet set, Color colour, float alpha) {
        if (set == null) {
            return;
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        g.setColor(colour);
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            g.fillRect(i % cols, i / cols, 1, 1);
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** Hillshade (Horn 1981 slope and aspect) times a hypsometric tint, one pixel per cell. */
    static BufferedImage terrain(GridLayer dem, double cellSize) {
        int cols = dem.cols();
        int rows = dem.rows();
        double lo = dem.min();
        double span = Math.max(1e-9, dem.max() - lo);
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double shade = hillshade(dem, c, r, cellSize);
                Color tint = Palette.terrain((dem.get(c, r) - lo) / span);
                double k = 0.35 + 0.65 * shade;
                img.setRGB(c, r, new Color(clamp(tint.getRed() * k), clamp(tint.getGreen() * k),
                        clamp(tint.getBlue() * k)).getRGB());
            }
        }
        return img;
    }

    static double hillshade(GridLayer dem, int c, int r, double cellSize) {
        double a = z(dem, c - 1, r - 1);
        double b = z(dem, c, r - 1);
        double cc = z(dem, c + 1, r - 1);
        double d = z(dem, c - 1, r);
        double f = z(dem, c + 1, r);
        double g = z(dem, c - 1, r + 1);
        double h = z(dem, c, r + 1);
        double i = z(dem, c + 1, r + 1);
        double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / (8 * cellSize);
        double dzdy = ((g + 2 * h + i) - (a + 2 * b + cc)) / (8 * cellSize);
        double slope = Math.atan(Math.hypot(dzdx, dzdy));
        double aspect = Math.atan2(dzdy, -dzdx);
        double zenith = Math.PI / 2 - ALTITUDE;
        double azimuthMath = Math.PI / 2 - AZIMUTH + 2 * Math.PI;
        double v = Math.cos(zenith) * Math.cos(slope)
                + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuthMath - aspect);
        return Math.max(0, Math.min(1, v));
    }

    private static double z(GridLayer dem, int c, int r) {
        int cc = Math.max(0, Math.min(dem.cols() - 1, c));
        int rr = Math.max(0, Math.min(dem.rows() - 1, r));
        return dem.get(cc, rr);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
