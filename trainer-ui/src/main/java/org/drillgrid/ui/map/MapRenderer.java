package org.drillgrid.ui.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.ImageIO;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * Server-side map of a scenario (Java2D): hillshaded, height-tinted terrain with the chosen layers on
 * top, {@link #scale} pixels per cell, north up. The terrain is computed once per renderer.
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

    /** The cell under pixel (x, y) of a rendered image. */
    public CellRef cellAt(int x, int y) {
        return new CellRef(Math.min(cols - 1, Math.max(0, x / scale)), Math.min(rows - 1, Math.max(0, y / scale)));
    }

    public byte[] png(Set<MapLayer> layers) {
        return png(layers, null);
    }

    /** The map with water depths (m per cell, may be null) drawn when {@link MapLayer#WATER} is chosen. */
    public byte[] png(Set<MapLayer> layers, double[] depths) {
        return png(layers, depths == null ? null : Frames.depthsOnly(cols, rows, depths), java.util.List.of());
    }

    /**
     * The map of a moment: what the frame holds (truth for a controller, the reported picture for a
     * trainee; any part may be null) and pins, each drawn when its layer is chosen. Without a frame, the
     * shelters, depots and teams are drawn where the scenario places them.
     */
    public byte[] png(Set<MapLayer> layers, org.drillgrid.engine.api.Frame frame, java.util.List<Marker> markers) {
        double[] depths = frame == null ? null : frame.depths();
        BufferedImage img = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(terrain, 0, 0, width(), height(), null);
            if (layers.contains(MapLayer.LAND_USE)) {
                scenario.layer("landUse").ifPresent(l -> cells(g, l, 0.45f, v -> Palette.landUse(LandUse.ofCode(v))));
            }
            if (layers.contains(MapLayer.POPULATION)) {
                scenario.layer("population").ifPresent(l -> population(g, l));
            }
            if (layers.contains(MapLayer.WATER) && depths != null) {
                cells(g, new GridLayer(cols, rows, depths), 0.85f, Palette::depth);
            }
            if (layers.contains(MapLayer.DAMAGE) && frame != null && frame.damage() != null) {
                cells(g, new GridLayer(cols, rows, bytes(frame.damage())), 0.75f, v -> Palette.damage((int) v));
            }
            if (layers.contains(MapLayer.FIRE) && frame != null && frame.burned() != null) {
                bits(g, frame.burned(), Palette.BURNED, 0.8f);
                bits(g, frame.fireline(), Palette.FIRELINE, 1f);
            }
            if (layers.contains(MapLayer.PEOPLE) && frame != null && frame.people() != null) {
                byte[] p = frame.people();
                cells(g, new GridLayer(cols, rows, bytes(p)), 0.8f, v -> Palette.people((int) v));
            }
            if (layers.contains(MapLayer.ROADS)) {
                scenario.layer("roads").ifPresent(l -> cells(g, l, 0.9f, v -> roadColour(v)));
            }
            if (frame != null && layers.contains(MapLayer.CLOSURES)) {
                bits(g, frame.blocked(), Palette.BLOCKED, 0.9f);
                bits(g, frame.closed(), Palette.CLOSED, 1f);
            }
            if (frame != null && layers.contains(MapLayer.OUTAGES)) {
                bits(g, frame.powerOut(), Palette.POWER_OUT, 0.35f);
                bits(g, frame.networkOut(), Palette.NETWORK_OUT, 0.35f);
            }
            forces(g, layers, frame);
            if (layers.contains(MapLayer.REPORTS)) {
                markers.forEach(m -> pin(g, m));
            }
        } finally {
            g.dispose();
        }
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
                    g.fillRect(c * scale, r * scale, scale, scale);
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
                    g.fillRect(c * scale, r * scale, scale, scale);
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
            g.fillRect(i % cols * scale, i / cols * scale, scale, scale);
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** Shelters, depots, teams and trucks: from the frame when it has them, else where the scenario puts them. */
    private void forces(Graphics2D g, Set<MapLayer> layers, org.drillgrid.engine.api.Frame frame) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int size = Math.max(7, scale * 2 + 3);
        g.setStroke(new BasicStroke(1.2f));
        Forces f = scenario.scenario().forcesOrNone();
        if (layers.contains(MapLayer.SHELTERS)) {
            if (frame != null && frame.shelters() != null) {
                frame.shelters().forEach(s -> marker(g, cell(s.cell()), size, s.open() ? Palette.SHELTER
                        : Palette.SHELTER_CLOSED, 'o'));
            } else {
                f.sheltersOrEmpty().forEach(s -> marker(g, s.cell(), size, Palette.SHELTER, 'o'));
            }
        }
        if (layers.contains(MapLayer.DEPOTS)) {
            if (frame != null && frame.depots() != null) {
                frame.depots().forEach(d -> marker(g, cell(d.cell()), size, Palette.DEPOT, 's'));
            } else {
                f.depotsOrEmpty().forEach(d -> marker(g, d.cell(), size, Palette.DEPOT, 's'));
            }
        }
        if (layers.contains(MapLayer.CONVOYS) && frame != null && frame.convoys() != null) {
            for (int c : frame.convoys()) {
                marker(g, cell(c), Math.max(5, size - 3), Palette.CONVOY, 'd');
            }
        }
        if (layers.contains(MapLayer.TEAMS)) {
            if (frame != null && frame.teams() != null) {
                frame.teams().forEach(t -> marker(g, cell(t.cell()), size,
                        t.task() == null ? Palette.TEAM_IDLE : Palette.TEAM, 't'));
            } else {
                f.teamsOrEmpty().forEach(t -> marker(g, t.base(), size, Palette.TEAM_IDLE, 't'));
            }
        }
    }

    private CellRef cell(int i) {
        return new CellRef(i % cols, i / cols);
    }

    private void pin(Graphics2D g, Marker m) {
        int size = Math.max(7, scale * 2 + 3);
        marker(g, m.cell(), size, m.alert() ? Palette.ALERT : Palette.REPORT, 'o');
        if (m.label() != null && !m.label().isBlank()) {
            g.setFont(g.getFont().deriveFont(java.awt.Font.BOLD, 11f));
            int x = m.cell().col() * scale + size;
            int y = m.cell().row() * scale + scale / 2 + 4;
            g.setColor(Color.WHITE);
            g.drawString(m.label(), x + 1, y + 1);
            g.setColor(Color.BLACK);
            g.drawString(m.label(), x, y);
        }
    }

    private void marker(Graphics2D g, CellRef cell, int size, Color colour, char shape) {
        int cx = cell.col() * scale + scale / 2;
        int cy = cell.row() * scale + scale / 2;
        int h = size / 2;
        java.awt.Shape s = switch (shape) {
            case 'o' -> new java.awt.geom.Ellipse2D.Double(cx - h, cy - h, size, size);
            case 's' -> new java.awt.Rectangle(cx - h, cy - h, size, size);
            case 'd' -> new java.awt.Polygon(new int[] {cx, cx + h, cx, cx - h}, new int[] {cy - h, cy, cy + h, cy}, 4);
            default -> new java.awt.Polygon(new int[] {cx, cx + h, cx - h}, new int[] {cy - h, cy + h, cy + h}, 3);
        };
        g.setColor(colour);
        g.fill(s);
        g.setColor(Color.WHITE);
        g.draw(s);
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
