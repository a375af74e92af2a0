package org.drillgrid.ui.run;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.scenario.ScenarioListView;

/**
 * A live run: map, sim clock with controls, the world and targets, and the injects as they fire.
 * Updates arrive by server push from the simulation thread, at most every {@value #PUSH_MILLIS} ms
 * while it runs (status changes and steps of a paused run at once); subscriptions end when the view detaches.
 */
@Allowed({Role.ADMIN, Role.DESIGNER, Role.CONTROLLER})
@Route(value = "run", layout = MainLayout.class)
public final class LiveRunView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final long PUSH_MILLIS = 250;
    /** The map (a PNG) is redrawn at most this often while a run plays. */
    static final long MAP_MILLIS = 1000;

    private transient LiveRun run;
    private RunControls controls;
    private InjectFeed injects;
    private PeoplePanel people;
    private org.drillgrid.ui.map.GridMap map;
    private final org.drillgrid.ui.map.MapPace mapPace = new org.drillgrid.ui.map.MapPace(MAP_MILLIS * 1_000_000);
    private final transient List<Runnable> subscriptions = new ArrayList<>();
    private long lastPushNanos;
    private RunStatus lastStatus;

    @Override
    public void setParameter(BeforeEvent event, String runId) {
        removeAll();
        run = AppServices.current().runs().find(runId).orElse(null);
        if (run == null) {
            Paragraph missing = new Paragraph(getTranslation("run.notFound", runId));
            missing.setId("run-not-found");
            add(new H2(getTranslation("run.title")), missing,
                    new RouterLink(getTranslation("run.back"), ScenarioListView.class));
            return;
        }
        controls = new RunControls(run.paced(), run.scenario().scenario().startTime().orElse(null));
        injects = new InjectFeed();
        people = new PeoplePanel();
        people.show(run.people());
        VerticalLayout side = new VerticalLayout(controls, people, new WorldPanel(run.scenario(), run.paced().run().seed()),
                injects);
        side.setPadding(false);
        side.setWidth("28em");
        java.util.Set<org.drillgrid.ui.map.MapLayer> offered = java.util.EnumSet.of(org.drillgrid.ui.map.MapLayer.LAND_USE,
                org.drillgrid.ui.map.MapLayer.ROADS, org.drillgrid.ui.map.MapLayer.POPULATION,
                org.drillgrid.ui.map.MapLayer.SHELTERS, org.drillgrid.ui.map.MapLayer.DEPOTS,
                org.drillgrid.ui.map.MapLayer.TEAMS);
        if (run.paced().run().flood().isPresent()) {
            offered.add(org.drillgrid.ui.map.MapLayer.WATER);
        }
        java.util.Set<org.drillgrid.ui.map.MapLayer> shown = java.util.EnumSet.copyOf(offered);
        shown.remove(org.drillgrid.ui.map.MapLayer.POPULATION); // on request: the density tint hides land use and roads
        map = new org.drillgrid.ui.map.GridMap(run.scenario(), offered, shown);
        FlexLayout body = new FlexLayout(map, side);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.getStyle().set("gap", "var(--lumo-space-l)");
        add(new H2(run.scenario().scenario().nameOrId().in(getLocale())), body);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (run == null) {
            return;
        }
        UI ui = attach.getUI();
        subscriptions.add(run.subscribeInjects(
                history -> ui.access(() -> injects.showAll(history)),
                fired -> ui.access(() -> injects.add(fired))));
        subscriptions.add(run.paced().subscribe(s -> onSnapshot(ui, s)));
        controls.show(run.paced().snapshot());
    }

    private void onSnapshot(UI ui, RunSnapshot s) {
        long now = System.nanoTime();
        synchronized (this) {
            // only a running clock is throttled: a step while paused is always shown
            boolean running = s.status() == RunStatus.RUNNING;
            if (s.status() == lastStatus && running && now - lastPushNanos < PUSH_MILLIS * 1_000_000) {
                return;
            }
            lastPushNanos = now;
            lastStatus = s.status();
        }
        boolean redrawMap;
        synchronized (this) {
            redrawMap = mapPace.due(now) || s.status() != RunStatus.RUNNING;
            if (redrawMap) {
                mapPace.drawn(now);
            }
        }
        ui.access(() -> {
            controls.show(run.paced().snapshot());
            people.show(run.people());
            if (redrawMap) {
                run.paced().run().flood().ifPresent(f -> map.show(org.drillgrid.ui.map.Frames.depthsOnly(
                        run.scenario().scenario().grid().cols(), run.scenario().scenario().grid().rows(), f.depths()),
                        java.util.List.of()));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("run.title") + " · Drillgrid";
    }
}
