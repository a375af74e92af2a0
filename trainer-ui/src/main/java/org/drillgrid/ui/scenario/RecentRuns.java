package org.drillgrid.ui.scenario;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.ui.run.LiveRunView;
import org.drillgrid.ui.run.RunService;
import org.drillgrid.ui.store.RunRecord;

/** The latest runs from the database, newest first; live ones link to their page. */
final class RecentRuns extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    RecentRuns(RunService runs) {
        Grid<RunRecord> grid = new Grid<>();
        grid.setId("recent-runs");
        grid.addColumn(RunRecord::scenarioId).setHeader(getTranslation("runs.col.scenario")).setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(r.startedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("runs.col.started")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status())).setHeader(getTranslation("runs.col.status"));
        grid.addColumn(r -> SimDuration.format(r.simSeconds()) + " / " + SimDuration.format(r.until()))
                .setHeader(getTranslation("runs.col.simTime"));
        grid.addColumn(RunRecord::seed).setHeader(getTranslation("runs.col.seed"));
        grid.addComponentColumn(r -> runs.find(r.id()).isPresent()
                ? new RouterLink(getTranslation("runs.open"), LiveRunView.class, r.id())
                : new com.vaadin.flow.component.html.Span());
        var recent = runs.recent(20);
        grid.setItems(recent);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("runs.title")));
        if (recent.isEmpty()) {
            getContent().add(new com.vaadin.flow.component.html.Paragraph(getTranslation("runs.empty")));
        } else {
            getContent().add(grid);
        }
    }
}
