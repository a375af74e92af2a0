package org.drillgrid.engine.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.drillgrid.model.grid.GridLayer;

/**
 * A depth grid drawn as a PNG map, north up: white where the water is under 0.1 m (the wet-cell
 * threshold of flood-status), then six blues darkening to 2 m and more, grey for no data, and a legend.
 * The class breaks 0.3 and 0.6 m are where roads close to cars and to rescue trucks. Grids larger than
 * the frame are reduced by taking the deepest cell under each pixel, so no flooded spot disappears.
 */
final class DepthMap {

    /** Lower bounds (m) of the classes; below the first is dry. */
    static final double[] BREAKS = {0.1, 0.3, 0.6, 1.0, 1.5, 2.0};
    static final Color DRY = Color.WHITE;
    static final Color NO_DATA = new Color(0xd9d9d9);
    static final Color[] BLUES = {new Color(0xdeebf7), new Color(0x9ecae1), new Color(0x4292c6),
        new Color(0x2171b5), new Color(0x08519c), new Color(0x08306b)};

    private static final int FRAME_W = 800;
    private static final int FRAME_H = 600;
    private static final int LEGEND_W = 150;
    private static final int MARGIN = 10;

    private final ImageText text;

    DepthMap(ImageText text) {
        this.text = text;
    }

    /** The colour of a depth (m). */
    static Color colour(double depth) {
        if (Double.isNaN(depth)) {
            return NO_DATA;
        }
        for (int i = BREAKS.length - 1; i >= 0; i--) {
            if (depth >= BREAKS[i]) {
                return BLUES[i];
            }
        }
        return DRY;
    }

    BufferedImage image(GridLayer depth) {
        double scale = Math.min((double) FRAME_W / depth.cols(), (double) FRAME_H / depth.rows());
        if (scale >= 1) {
            scale = Math.floor(scale);
        }
        int w = Math.max(1, (int) Math.round(depth.cols() * scale));
        int h = Math.max(1, (int) Math.round(depth.rows() * scale));
        BufferedImage img = new BufferedImage(w + LEGEND_W + 3 * MARGIN, Math.max(h, 220) + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (int py = 0; py < h; py++) {
                for (int px = 0; px < w; px++) {
                    img.setRGB(MARGIN + px, MARGIN + py, colour(deepest(depth, px, py, scale)).getRGB());
                }
            }
            g.setColor(new Color(0x666666));
            g.drawRect(MARGIN - 1, MARGIN - 1, w + 1, h + 1);
            legend(g, 2 * MARGIN + w, MARGIN);
        } finally {
            g.dispose();
        }
        return img;
    }

    byte[] png(GridLayer depth) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(depth), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a map as PNG", e);
        }
    }

    /** The deepest value among the cells under pixel (px, py); NaN only if all of them are no data. */
    private static double deepest(GridLayer g, int px, int py, double scale) {
        int c0 = (int) Math.floor(px / scale);
        int r0 = (int) Math.floor(py / scale);
        int c1 = Math.min(g.cols(), Math.max(c0 + 1, (int) Math.ceil((px + 1) / scale)));
        int r1 = Math.min(g.rows(), Math.max(r0 + 1, (int) Math.ceil((py + 1) / scale)));
        double max = Double.NaN;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                double v = g.get(c, r);
                if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
                    max = v;
                }
            }
        }
        return max;
    }

    private void legend(Graphics2D g, int x, int y) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(text.font(Font.BOLD, 13));
        g.setColor(Color.BLACK);
        g.drawString(text.label("legend.depth"), x, y + 14);
        g.setFont(text.font(Font.PLAIN, 12));
        int row = y + 26;
        String[] names = new String[BREAKS.length + 2];
        Color[] colours = new Color[BREAKS.length + 2];
        names[0] = "< " + Labels.num(BREAKS[0]);
        colours[0] = DRY;
        for (int i = 0; i < BREAKS.length; i++) {
            names[i + 1] = i + 1 < BREAKS.length ? Labels.num(BREAKS[i]) + " – " + Labels.num(BREAKS[i + 1])
                    : "≥ " + Labels.num(BREAKS[i]);
            colours[i + 1] = BLUES[i];
        }
        names[names.length - 1] = text.label("legend.nodata");
        colours[names.length - 1] = NO_DATA;
        for (int i = 0; i < names.length; i++) {
            g.setColor(colours[i]);
            g.fillRect(x, row, 22, 16);
            g.setColor(new Color(0x666666));
            g.drawRect(x, row, 22, 16);
            g.setColor(Color.BLACK);
            g.drawString(names[i], x + 30, row + 13);
            row += 22;
        }
    }
}
