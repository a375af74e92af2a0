package org.drillgrid.ui.design;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.drillgrid.engine.hazard.flood.Rain;
import org.drillgrid.engine.hazard.quake.AttenuationRegion;
import org.drillgrid.engine.hazard.quake.IntensityField;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.hazard.Series;
import org.drillgrid.model.scenario.GridSpec;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Pictures of a hazard as the designer sets it up, computed by the engine's own code: the rain's
 * hyetograph (the step series the flood model will use, a design storm included) and the main shock's
 * mean intensity over the grid (the attenuation the quake model uses, without its scatter).
 */
final class Previews {

    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 260;
    private static final int MAP_WIDTH = 640;

    private Previews() {
    }

    /** The rain in mm/h over the scenario's duration, and its total depth in mm. */
    record Hyetograph(byte[] png, double peakMmPerHour, double totalMm) {
    }

    static Hyetograph hyetograph(FloodSpec.Rainfall rainfall, long durationSeconds) {
        Series rain = Rain.of(rainfall);
        XYSeries s = new XYSeries("rain");
        double peak = 0;
        for (var p : rain.points()) {
            if (p.get(0) <= durationSeconds) {
                s.add(p.get(0) / 3600, p.get(1));
                peak = Math.max(peak, p.get(1));
            }
        }
        s.add(durationSeconds / 3600.0, rain.at(durationSeconds));
        double total = rain.integral(durationSeconds) / 3600;
        NumberAxis hours = new NumberAxis("h");
        hours.setRange(0, Math.max(1, durationSeconds / 3600.0));
        NumberAxis mm = new NumberAxis("mm/h");
        XYStepAreaRenderer renderer = new XYStepAreaRenderer(XYStepAreaRenderer.AREA_AND_SHAPES);
        renderer.setShapesVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), hours, mm, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, CHART_WIDTH, CHART_HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Hyetograph(out.toByteArray(), peak, total);
    }

    /** The main shock's mean intensity per cell, the largest, and the share of cells at VIII or more. */
    record Intensity(byte[] png, double max, double shareAtLeast8) {
    }

    static Intensity intensity(QuakeSpec q, GridSpec grid) {
        int cols = grid.cols();
        int rows = grid.rows();
        double cellKm = grid.cellSize() / 1000;
        QuakeSpec.Epicentre e = q.epicentre();
        double ec = e.cell() != null ? e.cell().col() + 0.5 : (e.x() - grid.originXOrZero()) / grid.cellSize();
        double er = e.cell() != null ? e.cell().row() + 0.5 : rows - (e.y() - grid.originYOrZero()) / grid.cellSize();
        AttenuationRegion region = AttenuationRegion.ofJson(q.regionOrDefault()).orElse(AttenuationRegion.values()[0]);
        IntensityField field = new IntensityField(region, q.magnitude(), q.strikeDegOrDefault());
        int scale = Math.max(1, Math.min(8, MAP_WIDTH / cols));
        BufferedImage img = new BufferedImage(cols * scale, rows * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        double max = 0;
        int strong = 0;
        try {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double i = field.at((c + 0.5 - ec) * cellKm, (er - (r + 0.5)) * cellKm);
                    max = Math.max(max, i);
                    if (i >= 8) {
                        strong++;
                    }
                    g.setColor(colour(i));
                    g.fillRect(c * scale, r * scale, scale, scale);
                }
            }
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            int x = (int) (ec * scale);
            int y = (int) (er * scale);
            g.drawLine(x - 6, y - 6, x + 6, y + 6);
            g.drawLine(x - 6, y + 6, x + 6, y - 6);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Intensity(out.toByteArray(), max, strong / (double) (cols * rows));
    }

    /** Colours of intensity classes V (pale) to X and more (dark red), as on Chinese intensity maps. */
    static Color colour(double intensity) {
        int cls = (int) Math.floor(intensity + 0.5);
        return switch (Math.max(4, Math.min(10, cls))) {
            case 4 -> new Color(0xf7f7f7);
            case 5 -> new Color(0xfff5b0);
            case 6 -> new Color(0xffd966);
            case 7 -> new Color(0xf4a13b);
            case 8 -> new Color(0xe8612c);
            case 9 -> new Color(0xc0271d);
            default -> new Color(0x7f0000);
        };
    }
}
