package org.drillgrid.ui.scenario;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.run.LiveRun;
import org.drillgrid.ui.run.LiveRunView;
import org.drillgrid.ui.run.RunService;

/** Start page: the bundled scenarios, each with a button that starts a live run, and the recent runs. */
@Allowed({Role.ADMIN, Role.DESIGNER, Role.CONTROLLER})
@Route(value = "scenarios", layout = MainLayout.class)
public final class ScenarioListView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient RunService runs;
    private final Grid<ScenarioCatalog.Entry> grid = new Grid<>();
    private final IntegerField seed = new IntegerField();

    public ScenarioListView() {
        this.runs = AppServices.current().runs();
        seed.setId("seed");
        seed.setLabel(getTranslation("scenarios.seed"));
        seed.setHelperText(getTranslation("scenarios.seed.help"));
        seed.setClearButtonVisible(true);

        grid.setId("scenarios");
        grid.addColumn(ScenarioCatalog.Entry::id).setKey("id").setHeader(getTranslation("scenarios.col.id")).setAutoWidth(true);
        grid.addColumn(e -> e.name().in(getLocale())).setKey("name").setHeader(getTranslation("scenarios.col.name"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.summary() == null ? "" : e.summary().in(getLocale())).setKey("summary")
                .setHeader(getTranslation("scenarios.col.summary")).setFlexGrow(1);
        grid.addComponentColumn(this::startButton).setKey("start").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(runs.catalog().entries());
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("scenarios.title")), new Paragraph(getTranslation("scenarios.intro")), seed, grid,
                new RecentRuns(runs));
        setWidthFull();
    }

    private Button startButton(ScenarioCatalog.Entry entry) {
        Button start = new Button(getTranslation("scenarios.start"), e -> start(entry.ref()));
        start.setId("start-" + entry.id());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    void start(String scenarioId) {
        try {
            Integer s = seed.getValue();
            LiveRun run = runs.start(scenarioId, s == null ? null : s.longValue());
            getUI().ifPresent(ui -> ui.navigate(LiveRunView.class, run.id()));
        } catch (ScenarioException e) {
            failed(String.join("; ", e.violations().stream().map(Object::toString).toList()));
        } catch (java.io.IOException | RuntimeException e) {
            failed(e.getMessage());
        }
    }

    private void failed(String reason) {
        Notification n = Notification.show(getTranslation("scenarios.start.failed", reason), 8000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    List<ScenarioCatalog.Entry> entries() {
        return runs.catalog().entries();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenarios.title") + " · Drillgrid";
    }
}
