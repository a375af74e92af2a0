package org.drillgrid.ui.design;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.ui.map.Frames;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;
import org.drillgrid.ui.time.SimTime;

/**
 * Every problem of the draft (a click opens the tab it belongs to), and the dry run: the draft as it is,
 * run headless at full speed with the plan-following policy, with its progress while it runs, then its
 * indicators set against the targets, the injects that fired and when, the deepest water of the run on a
 * map, and a warning when nobody lives on the grid.
 */
final class CheckPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Draft draft;
    private final transient DesignService design;
    final Grid<Violation> problems = new Grid<>();
    final Span none = new Span();
    final Button dryRun = new Button();
    final Span running = new Span();
    final Grid<String[]> kpis = new Grid<>();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span empty = new Span();
    final Grid<DesignService.Fired> fired = new Grid<>();
    private final Div peakBox = new Div();
    private transient DesignService.DryRunResult last;
    private boolean busy;

    CheckPanel(Draft draft, DesignService design, Consumer<String> jump) {
        this.draft = draft;
        this.design = design;
        setPadding(false);
        problems.setId("problems");
        problems.addColumn(Violation::path).setHeader(getTranslation("design.check.path")).setAutoWidth(true);
        problems.addColumn(Violation::message).setHeader(getTranslation("design.check.message")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.addItemClickListener(e -> jump.accept(e.getItem().path()));
        none.setId("no-problems");
        none.setText(getTranslation("design.check.none"));
        none.getStyle().set("color", "var(--lumo-success-text-color)");
        dryRun.setText(getTranslation("design.dryrun"));
        dryRun.setId("dry-run");
        dryRun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dryRun.addClickListener(e -> start());
        running.setId("dry-run-status");
        kpis.setId("dry-run-kpis");
        kpis.addColumn(r -> r[0]).setHeader(getTranslation("design.dryrun.kpi")).setAutoWidth(true);
        kpis.addColumn(r -> r[1]).setHeader(getTranslation("design.dryrun.value")).setAutoWidth(true);
        kpis.addColumn(r -> r[2]).setHeader(getTranslation("design.dryrun.target")).setAutoWidth(true);
        kpis.setAllRowsVisible(true);
        kpis.setVisible(false);
        progress.setId("dry-run-progress");
        progress.setWidth("30em");
        progress.setVisible(false);
        empty.setId("dry-run-empty");
        empty.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        empty.setText(getTranslation("design.dryrun.nobody"));
        empty.setVisible(false);
        fired.setId("dry-run-injects");
        fired.addColumn(f -> SimTime.clock(f.t())).setHeader(getTranslation("design.dryrun.firedAt")).setAutoWidth(true)
                .setFlexGrow(0);
        fired.addColumn(f -> f.message() == null ? "" : f.message().in(getLocale()))
                .setHeader(getTranslation("design.dryrun.injectMessage")).setFlexGrow(1);
        fired.setAllRowsVisible(true);
        fired.setVisible(false);
        peakBox.setId("dry-run-peak");
        add(new H3(getTranslation("design.check")), none, problems, new H3(getTranslation("design.dryrun")),
                new Paragraph(getTranslation("design.dryrun.help")), dryRun, running, progress, empty, kpis, fired,
                peakBox);
    }

    void show(List<Violation> all) {
        problems.setItems(all);
        problems.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
        dryRun.setEnabled(all.isEmpty() && !busy);
    }

    /** Starts a dry run of the draft as it is now; progress and the result are pushed to the page. */
    void start() {
        UI ui = UI.getCurrent();
        running.setText(getTranslation("design.dryrun.running"));
        dryRun.setEnabled(false);
        busy = true;
        progress.setValue(0);
        progress.setVisible(true);
        empty.setVisible(false);
        design.dryRun(draft, share -> ui.access(() -> progress.setValue(share))).whenComplete((result, error) -> ui.access(() -> {
            busy = false;
            progress.setVisible(false);
            dryRun.setEnabled(draft.problems().isEmpty());
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                running.setText(getTranslation("design.dryrun.failed", cause.getMessage()));
                return;
            }
            show(result);
        }));
    }

    /** Shows a finished dry run. */
    void show(DesignService.DryRunResult result) {
        last = result;
        running.setText(getTranslation("design.dryrun.done", String.format(Locale.ROOT, "%.1f", result.simSeconds() / 3600.0),
                String.format(Locale.ROOT, "%.1f", result.wallSeconds()), result.events()));
        empty.setVisible(result.kpis().population() == 0);
        kpis.setItems(rows(result.kpis(), draft.doc().targetsOrNone()));
        kpis.setVisible(true);
        fired.setItems(result.fired());
        fired.setVisible(true);
        running.setText(running.getText() + " " + (result.fired().isEmpty() ? getTranslation("design.dryrun.noneFired")
                : getTranslation("design.dryrun.firedCount", result.fired().size())));
        peakBox.removeAll();
        if (result.peakDepths() != null) {
            var grid = draft.doc().grid();
            GridMap map = new GridMap(draft.loaded(), EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS, MapLayer.WATER),
                    EnumSet.of(MapLayer.ROADS, MapLayer.WATER));
            map.setId("dry-run-peak-map");
            map.show(Frames.depthsOnly(grid.cols(), grid.rows(), result.peakDepths()), List.of());
            peakBox.add(new H3(getTranslation("design.dryrun.peak")), map);
        }
    }

    DesignService.DryRunResult last() {
        return last;
    }

    private List<String[]> rows(Kpis k, Targets t) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {getTranslation("design.dryrun.population"), String.valueOf(k.population()), ""});
        out.add(new String[] {getTranslation("design.dryrun.affected"), String.valueOf(k.affected()), ""});
        Double within = k.relief() == null ? null : k.relief().withinTargetShare();
        out.add(new String[] {getTranslation("design.dryrun.relief"), percent(within),
                t.reliefHours() == null ? "" : getTranslation("design.dryrun.reliefTarget", t.reliefHours())});
        Double coverage = k.warning() == null ? null : k.warning().coverage();
        out.add(new String[] {getTranslation("design.dryrun.warning"), percent(coverage),
                t.warningCoverage() == null ? "" : t.warningCoverage() + " %"});
        out.add(new String[] {getTranslation("design.dryrun.deaths"), String.valueOf(k.deaths()),
                t.deathsPerMillion() == null ? "" : getTranslation("design.dryrun.perMillion", t.deathsPerMillion(),
                        String.format(Locale.ROOT, "%.1f", k.deathsPerMillion()))});
        out.add(new String[] {getTranslation("design.dryrun.injured"), String.valueOf(k.injured()), ""});
        out.add(new String[] {getTranslation("design.dryrun.evacuated"), percent(k.evacuatedShare()), ""});
        if (k.trapped() != null) {
            out.add(new String[] {getTranslation("design.dryrun.trapped"), k.trapped().total() + " / " + k.trapped().rescued(), ""});
        }
        return out;
    }

    private static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
