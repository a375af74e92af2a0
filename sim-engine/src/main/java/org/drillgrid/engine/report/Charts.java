package org.drillgrid.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.PeopleStatus;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The KPI charts of the report (JFreeChart, rendered headless to PNG): persons by status and the flood's
 * hourly figures over sim time in hours, each panel with its own axis (counts differ by orders of
 * magnitude), and a vertical line at each inject's firing time.
 */
final class Charts {

    static final int WIDTH = 1000;
    static final int HEIGHT = 720;

    private static final Paint[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0xff7f0e),
        new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b), new Color(0x222222)};

    private record Line(String key, ToDoubleFunction<Object> value) {
    }

    private final ImageText text;

    Charts(ImageText text) {
        this.text = text;
    }

    /** Warned and affected; evacuating, sheltered and relieved; trapped and dead: three panels. */
    byte[] people(List<PeopleStatus> rows, List<InjectFired> injects) {
        List<List<Line>> panels = List.of(
                List.of(line("p.warned", PeopleStatus::warned), line("p.affected", PeopleStatus::affected)),
                List.of(line("p.evacuating", PeopleStatus::evacuating), line("p.sheltered", PeopleStatus::sheltered),
                        line("p.relieved", PeopleStatus::relieved)),
                List.of(line("p.trapped", PeopleStatus::trapped), line("p.dead", PeopleStatus::dead)));
        List<String> axes = List.of("p.persons", "p.persons", "p.persons");
        return png(chart(rows, panels, axes, injects, PeopleStatus::t));
    }

    /** Wet cells, deepest water and rain: three panels. */
    byte[] flood(List<FloodStatus> rows, List<InjectFired> injects) {
        List<List<Line>> panels = List.of(List.of(floodLine("w.cells", FloodStatus::wetCells)),
                List.of(floodLine("w.maxdepth", FloodStatus::maxDepth)), List.of(floodLine("w.rain", FloodStatus::rain)));
        List<String> axes = List.of("w.cells", "w.maxdepth", "w.rain");
        return png(chart(rows, panels, axes, injects, FloodStatus::t));
    }

    private static Line line(String key, ToDoubleFunction<PeopleStatus> f) {
        return new Line(key, o -> f.applyAsDouble((PeopleStatus) o));
    }

    private static Line floodLine(String key, ToDoubleFunction<FloodStatus> f) {
        return new Line(key, o -> f.applyAsDouble((FloodStatus) o));
    }

    private <T> JFreeChart chart(List<T> rows, List<List<Line>> panels, List<String> axisKeys,
            List<InjectFired> injects, java.util.function.ToLongFunction<T> time) {
        NumberAxis hours = new NumberAxis(text.label("axis.hours"));
        hours.setLabelFont(text.font(Font.PLAIN, 13));
        hours.setTickLabelFont(text.font(Font.PLAIN, 11));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(hours);
        plot.setGap(10);
        int colour = 0;
        for (int p = 0; p < panels.size(); p++) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (Line line : panels.get(p)) {
                XYSeries s = new XYSeries(text.label(line.key()), false, true);
                for (T row : rows) {
                    s.add(time.applyAsLong(row) / 3600.0, line.value().applyAsDouble(row));
                }
                renderer.setSeriesPaint(data.getSeriesCount(), PALETTE[colour++ % PALETTE.length]);
                renderer.setSeriesStroke(data.getSeriesCount(), new BasicStroke(2f));
                data.addSeries(s);
            }
            NumberAxis axis = new NumberAxis(text.label(axisKeys.get(p)));
            axis.setLabelFont(text.font(Font.PLAIN, 12));
            axis.setTickLabelFont(text.font(Font.PLAIN, 11));
            axis.setAutoRangeIncludesZero(true);
            XYPlot sub = new XYPlot(data, null, axis, renderer);
            style(sub);
            mark(sub, injects, p == 0);
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(null, text.font(Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(text.font(Font.PLAIN, 12));
        return chart;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x999999));
    }

    /** A dashed vertical line per inject; the top panel numbers them in firing order (the caption names them). */
    private void mark(XYPlot plot, List<InjectFired> injects, boolean labelled) {
        for (int i = 0; i < injects.size(); i++) {
            InjectFired f = injects.get(i);
            ValueMarker m = new ValueMarker(f.t() / 3600.0, new Color(0x888888),
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            if (labelled) {
                m.setLabel(Integer.toString(i + 1));
                m.setLabelFont(text.font(Font.BOLD, 11));
                m.setLabelPaint(new Color(0x555555));
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                // stagger the numbers so injects close together stay readable
                m.setLabelOffset(new RectangleInsets(2 + 14 * (i % 3), 2, 2, 2));
            }
            plot.addDomainMarker(m);
        }
    }

    private static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG", e);
        }
    }
}
