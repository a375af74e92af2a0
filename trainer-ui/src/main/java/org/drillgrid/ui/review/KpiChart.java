package org.drillgrid.ui.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.drillgrid.model.event.PeopleStatus;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The replay's KPI chart (JFreeChart, PNG): persons by status per sim hour in two panels with their own
 * axes (the flows of people, and the harm, differ by orders of magnitude), over the hours the session
 * reached, with a vertical line at the replay's time. Labels come translated; a label the chosen font
 * cannot draw (no CJK font on the machine) falls back to English, as the report's charts do.
 */
final class KpiChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 420;

    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "Noto Serif CJK SC");
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0xff7f0e),
        new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf), new Color(0xe377c2),
        new Color(0x222222)};

    /** A series: its translation key and its value in a row. */
    record Series(String key, ToLongFunction<PeopleStatus> value) {
    }

    static final List<Series> FLOWS = List.of(new Series("review.kpi.warned", PeopleStatus::warned),
            new Series("review.kpi.affected", PeopleStatus::affected),
            new Series("review.kpi.evacuating", PeopleStatus::evacuating),
            new Series("review.kpi.sheltered", PeopleStatus::sheltered),
            new Series("review.kpi.relieved", PeopleStatus::relieved));
    static final List<Series> HARM = List.of(new Series("review.kpi.trapped", PeopleStatus::trapped),
            new Series("review.kpi.rescued", PeopleStatus::rescued),
            new Series("review.kpi.injured", PeopleStatus::injured), new Series("review.kpi.dead", PeopleStatus::dead));

    private final Function<String, String> label;
    private final Function<String, String> english;
    private final String family;

    /**
     * @param label   translation in the UI language
     * @param english the same in English, for a machine without a font for the UI language
     */
    KpiChart(Function<String, String> label, Function<String, String> english) {
        this.label = label;
        this.english = english;
        Set<String> present = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        this.family = CJK_FAMILIES.stream().filter(present::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    /** The chart of {@code rows} over [0, reach] hours with the marker at {@code t} (sim seconds). */
    byte[] png(List<PeopleStatus> rows, long reach, long t) {
        NumberAxis hours = new NumberAxis(text("review.chart.hours"));
        hours.setLabelFont(font(Font.PLAIN, 12));
        hours.setRange(0, Math.max(1, reach / 3600.0));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(hours);
        plot.setGap(8);
        int colour = 0;
        for (List<Series> panel : List.of(FLOWS, HARM)) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (Series s : panel) {
                XYSeries xy = new XYSeries(text(s.key()), false, true);
                rows.forEach(r -> xy.add(r.t() / 3600.0, s.value().applyAsLong(r)));
                renderer.setSeriesPaint(data.getSeriesCount(), PALETTE[colour++ % PALETTE.length]);
                renderer.setSeriesStroke(data.getSeriesCount(), new BasicStroke(2f));
                data.addSeries(xy);
            }
            NumberAxis persons = new NumberAxis(text("review.chart.persons"));
            persons.setLabelFont(font(Font.PLAIN, 12));
            persons.setAutoRangeIncludesZero(true);
            persons.setAutoRangeMinimumSize(10); // all zeros: 0-10 persons, not a range of 1e-8
            persons.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            XYPlot sub = new XYPlot(data, null, persons, renderer);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(new Color(0xdddddd));
            sub.setRangeGridlinePaint(new Color(0xdddddd));
            sub.addDomainMarker(new ValueMarker(t / 3600.0, new Color(0xc2185b), new BasicStroke(2f)));
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(null, font(Font.BOLD, 13), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(font(Font.PLAIN, 11));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the KPI chart as PNG", e);
        }
    }

    private Font font(int style, int size) {
        return new Font(family, style, size);
    }

    private String text(String key) {
        String s = label.apply(key);
        return font(Font.PLAIN, 12).canDisplayUpTo(s) == -1 ? s : english.apply(key);
    }
}
