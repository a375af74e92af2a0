package org.drillgrid.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.drillgrid.engine.report.ReportModel.Block;
import org.drillgrid.engine.report.ReportModel.Figure;
import org.drillgrid.engine.report.ReportModel.Heading;
import org.drillgrid.engine.report.ReportModel.Paragraph;
import org.drillgrid.engine.report.ReportModel.Section;
import org.drillgrid.engine.report.ReportModel.Table;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.engine.score.Scorecard.ActionScore;
import org.drillgrid.engine.score.Scorecard.CriterionScore;
import org.drillgrid.engine.score.Scorecard.Evidence;
import org.drillgrid.engine.score.Scorecard.InjectScore;
import org.drillgrid.engine.score.Scorecard.ObjectiveScore;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.RunStarted;
import org.drillgrid.model.grid.GridLayer;

/**
 * Builds the AAR/IP {@link ReportModel} of a run folder: summary, objectives, timeline, KPI charts, flood
 * maps at key moments, and strengths / areas for improvement / corrective actions. Each figure is read
 * from the folder's files or counted from its events; where a file is missing its part says so.
 */
public final class AfterActionReport {

    private final RunFolder run;
    private final Labels l;
    private final ImageText imageText;
    private final List<InjectFired> fired;
    private final Describer d;

    private AfterActionReport(RunFolder run, Labels labels) {
        this.run = run;
        this.l = labels;
        this.d = Describer.of(run.scenario(), labels.lang());
        this.fired = run.events(InjectFired.class);
        this.fired.forEach(d::learn);
        this.imageText = new ImageText(labels);
    }

    /** The report of {@code run} in the language of {@code labels}. */
    public static ReportModel build(RunFolder run, Labels labels) {
        return new AfterActionReport(run, labels).model();
    }

    private ReportModel model() {
        String subtitle = scenarioName() + l.get("sep") + l.get("seed") + " " + orDash(seed());
        return new ReportModel(l.lang(), l.get("title"), subtitle, List.of(
                new Section("summary", l.get("s.summary"), summary()),
                new Section("objectives", l.get("s.objectives"), objectives()),
                new Section("timeline", l.get("s.timeline"),
                        List.of(Timeline.table(Timeline.entries(run.events(), d), d, l))),
                new Section("charts", l.get("s.charts"), charts()),
                new Section("maps", l.get("s.maps"), maps()),
                new Section("findings", l.get("s.findings"),
                        Findings.blocks(run.scorecard(), run.events(OrderRejected.class), l, d))));
    }

    private Scorecard card() {
        return run.scorecard();
    }

    private RunStarted started() {
        return run.events(RunStarted.class).stream().findFirst().orElse(null);
    }

    private String scenarioId() {
        return first(run.info().scenario(), card() == null ? null : card().scenario(),
                started() == null ? null : started().scenario());
    }

    /** The scenario's name in the report's language; its id only when the folder names it nowhere. */
    private String scenarioName() {
        return run.info().name() != null ? l.text(run.info().name())
                : run.scenario() != null && run.scenario().name() != null ? l.text(run.scenario().name())
                : orDash(scenarioId());
    }

    private Long seed() {
        return first(run.info().seed(), card() == null ? null : card().seed(),
                started() == null ? null : started().seed());
    }

    private Long until() {
        return first(run.info().until(), card() == null ? null : card().until(),
                started() == null ? null : started().until());
    }

    /** The first of the sources that has a value (run.json, scorecard.json, the run-started event). */
    private static <T> T first(T a, T b, T c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String orDash(Object o) {
        return o == null ? "—" : o.toString();
    }

    private List<Block> summary() {
        RunEnded ended = run.events(RunEnded.class).stream().findFirst().orElse(null);
        long reached = ended != null ? ended.t() : run.events().get(run.events().size() - 1).t();
        String policy = first(run.info().policy(), card() == null ? null : card().policy(), null);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(l.get("scenario"), scenarioName()));
        rows.add(List.of(l.get("seed"), orDash(seed())));
        rows.add(List.of(l.get("duration"), d.duration(reached) + (until() == null ? "" : " / " + d.duration(until()))));
        rows.add(List.of(l.get("ended"), ended == null ? "—" : d.words().getOr("ended." + ended.reason(), "ended.other")));
        rows.add(List.of(l.get("policy"), policy == null ? "—" : l.getOr("policy." + policy, l.get("policy.other"))));
        rows.add(List.of(l.get("orders.file"), orDash(run.info().orders())));
        rows.add(List.of(l.get("population"), started() == null ? "—" : d.persons(started().population())));
        rows.add(List.of(l.get("injects.fired"), Integer.toString(fired.size())));
        rows.add(List.of(l.get("orders.issued"), Integer.toString(run.events(OrderIssued.class).size())));
        rows.add(List.of(l.get("orders.rejected"), Integer.toString(run.events(OrderRejected.class).size())));
        String recorded = run.info().eventsSha256();
        rows.add(List.of(l.get("events.sha"), run.eventsSha256() + " — " + (recorded == null ? l.get("sha.none")
                : recorded.equalsIgnoreCase(run.eventsSha256()) ? l.get("sha.ok") : l.get("sha.bad"))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Table.of(List.of("", ""), rows));
        blocks.add(new Heading(l.get("h.ratings")));
        if (card() == null) {
            blocks.add(new Paragraph(l.get("no.scorecard")));
            return blocks;
        }
        List<List<String>> ratings = new ArrayList<>();
        List<String> tone = new ArrayList<>();
        for (ObjectiveScore o : nn(card().objectives())) {
            ratings.add(List.of(l.text(o.name()), l.rating(o.automatic()), l.rating(o.observer()),
                    l.rating(o.overall())));
            tone.add(o.overall() == null ? "" : o.overall().compareTo(Rating.S) <= 0 ? "good" : "bad");
        }
        blocks.add(new Table(List.of(l.get("objective"), l.get("automatic"), l.get("observer"),
                l.get("overall")), ratings, tone));
        return blocks;
    }

    private List<Block> objectives() {
        if (card() == null) {
            return List.of(new Paragraph(l.get("no.scorecard")));
        }
        List<Block> blocks = new ArrayList<>();
        for (ObjectiveScore o : nn(card().objectives())) {
            blocks.add(new Heading(l.text(o.name())));
            String capabilities = nn(o.capabilities()).isEmpty() ? "" : l.get("capabilities") + l.get("colon")
                    + String.join(l.get("list"), nn(o.capabilities()).stream().map(c -> l.getOr("cap." + c, c)).toList())
                    + l.get("sep");
            blocks.add(new Paragraph(capabilities + l.get("automatic") + l.get("colon") + l.rating(o.automatic())
                    + l.get("sep") + l.get("observer") + l.get("colon") + l.rating(o.observer()) + l.get("sep")
                    + l.get("overall") + l.get("colon") + l.rating(o.overall())));
            List<List<String>> rows = new ArrayList<>();
            List<String> tone = new ArrayList<>();
            for (CriterionScore c : nn(o.criteria())) {
                rows.add(List.of(CriterionText.name(c, l), CriterionText.value(c, l), CriterionText.target(c, l),
                        CriterionText.met(c, l)));
                tone.add(CriterionText.tone(c));
            }
            blocks.add(new Table(List.of(l.get("criterion"), l.get("value"), l.get("target"), l.get("met")), rows,
                    tone));
            for (CriterionScore c : nn(o.criteria())) {
                if (!nn(c.evidence()).isEmpty()) {
                    blocks.add(new Paragraph(l.get("evidence") + " — " + CriterionText.name(c, l)));
                    blocks.add(Table.of(List.of(l.get("time"), l.get("event"), l.get("detail")),
                            nn(c.evidence()).stream().map(this::evidenceRow).toList()));
                }
            }
        }
        blocks.add(new Heading(l.get("h.injects")));
        blocks.add(injectTable());
        return blocks;
    }

    private List<String> evidenceRow(Evidence e) {
        return List.of(e.t() == null ? l.get("whole.run") : d.when(e.t()), l.getOr("ev." + e.event(), l.get("ev.other")),
                EvidenceText.of(e, l, d));
    }

    private Block injectTable() {
        List<List<String>> rows = new ArrayList<>();
        List<String> tone = new ArrayList<>();
        for (InjectScore s : nn(card().injects())) {
            String expected = nn(s.expected()).stream().map(this::action).collect(Collectors.joining(l.get("list")));
            rows.add(List.of(d.inject(s.id()), s.firedAt() == null ? l.get("not.fired") : d.when(s.firedAt()),
                    s.firedAt() == null ? "—" : d.trigger(s.trigger()), d.positions(s.audience()),
                    expected.isEmpty() ? "—" : expected));
            boolean missed = nn(s.expected()).stream().anyMatch(a -> !a.met());
            tone.add(s.firedAt() == null || nn(s.expected()).isEmpty() ? "" : missed ? "bad" : "good");
        }
        return new Table(List.of(l.get("inject"), l.get("time"), l.get("trigger"), l.get("audience"), l.get("expected")),
                rows, tone);
    }

    private String action(ActionScore a) {
        String what = l.format("action", EvidenceText.action(a.order(), a.target(), d),
                CriterionText.minutes(a.withinSeconds()));
        if (!a.met()) {
            return what + l.get("colon") + l.get("no");
        }
        String by = d.orderNumber(a.seq() == null ? 0 : a.seq()) + l.get("sep") + d.position(a.role()) + l.get("sep")
                + d.when(a.takenAt()) + (a.takenEarly() ? l.get("sep") + l.get("taken.early") : "");
        return what + l.get("colon") + l.get("yes") + l.format("paren", by);
    }

    private List<Block> charts() {
        Charts charts = new Charts(imageText);
        String key = injectKey();
        List<Block> blocks = new ArrayList<>();
        if (run.people().isEmpty()) {
            blocks.add(new Paragraph(l.get("no.people")));
        } else {
            blocks.add(figure(charts.people(run.people(), fired), Charts.WIDTH, Charts.HEIGHT,
                    l.format("c.people", run.peopleSource()) + key));
        }
        List<FloodStatus> flood = run.events(FloodStatus.class);
        if (flood.isEmpty()) {
            blocks.add(new Paragraph(l.get("no.flood")));
        } else {
            blocks.add(figure(charts.flood(flood, fired), Charts.WIDTH, Charts.HEIGHT, l.get("c.flood") + key));
        }
        return blocks;
    }

    /** What the numbered inject lines of the charts stand for. */
    private String injectKey() {
        if (fired.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fired.size(); i++) {
            parts.add((i + 1) + " = " + d.inject(fired.get(i).inject()) + l.format("paren", d.when(fired.get(i).t())));
        }
        return l.get("stop") + String.join(l.get("list"), parts);
    }

    private List<Block> maps() {
        if (run.grids().isEmpty()) {
            return List.of(new Paragraph(l.get("no.grids")));
        }
        DepthMap maps = new DepthMap(imageText);
        List<Block> blocks = new ArrayList<>();
        for (RunFolder.DepthGrid g : run.grids()) {
            GridLayer depth = g.raster().layer();
            var image = maps.image(depth);
            String caption = g.t() == null ? l.format("m.max", g.file())
                    : l.format("m.at", d.when(g.t()), g.file()) + l.get("sep") + firedAt(g.t());
            blocks.add(figure(maps.png(depth), image.getWidth(), image.getHeight(),
                    caption + l.get("sep") + stats(depth)));
        }
        return blocks;
    }

    private String firedAt(long t) {
        List<String> titles = fired.stream().filter(f -> f.t() == t).map(f -> d.inject(f.inject())).toList();
        return titles.isEmpty() ? l.get("m.noinject") : l.format("m.inject", String.join(l.get("list"), titles));
    }

    private String stats(GridLayer depth) {
        double max = Double.NaN;
        int wet = 0;
        for (int r = 0; r < depth.rows(); r++) {
            for (int c = 0; c < depth.cols(); c++) {
                double v = depth.get(c, r);
                if (!Double.isNaN(v)) {
                    max = Double.isNaN(max) ? v : Math.max(max, v);
                    wet += v >= DepthMap.BREAKS[0] ? 1 : 0;
                }
            }
        }
        return l.format("m.stats", Double.isNaN(max) ? "—" : Labels.num(max), wet);
    }

    private static Figure figure(byte[] png, int w, int h, String caption) {
        return new Figure(png, w, h, caption);
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }
}
