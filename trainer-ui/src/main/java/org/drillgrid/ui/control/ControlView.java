package org.drillgrid.ui.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.Dashboard;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.lobby.LobbyView;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller console of a live exercise, laid out as a {@link Dashboard}: the ground truth on a map that
 * fills the main pane; on the rail beside it the clock with its controls and the latest inject, always in
 * view, and as tabs the drill's injects (fire now), the ad-hoc inject, the indicators against the targets
 * with the observer ratings, and a timeline of orders and events. Updates arrive by server push from the
 * session's stepping thread: at most every {@value #PUSH_MILLIS} ms while it runs (map and indicators about every
 * {@value #MAP_MILLIS} ms: {@link org.drillgrid.ui.map.MapPace}), at once at every change while it is paused; subscriptions end when the view
 * detaches. Every action checks the user's role on the server, and a failed one is reported on the page
 * without touching the exercise.
 */
@Allowed({Role.CONTROLLER, Role.ADMIN})
@Route(value = "control", layout = MainLayout.class)
public final class ControlView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ControlView.class);
    static final long PUSH_MILLIS = 250;
    static final long MAP_MILLIS = 1000;
    /** Who controller actions are logged as. */
    static final String BY = "controller";
    private static final Set<MapLayer> OFFERED = EnumSet.of(MapLayer.PEOPLE, MapLayer.TEAMS, MapLayer.CONVOYS,
            MapLayer.SHELTERS, MapLayer.DEPOTS, MapLayer.CLOSURES, MapLayer.OUTAGES, MapLayer.LAND_USE,
            MapLayer.ROADS, MapLayer.POPULATION, MapLayer.SENSORS);
    private static final Set<MapLayer> SHOWN = EnumSet.of(MapLayer.WATER, MapLayer.PEOPLE, MapLayer.TEAMS,
            MapLayer.CONVOYS, MapLayer.SHELTERS, MapLayer.DEPOTS, MapLayer.CLOSURES, MapLayer.OUTAGES, MapLayer.ROADS,
            MapLayer.FIRE, MapLayer.DAMAGE, MapLayer.SENSORS);

    private transient SessionService sessions;
    private transient ExerciseSession session;
    private String sessionId;
    GridMap map;
    private ConsoleClock clock;
    private KpiPanel kpis;
    private InjectBoard injects;
    AdHocInjectForm adHoc;
    private Timeline timeline;
    private transient org.drillgrid.engine.text.Describer describer;
    RatingPanel ratings;
    private CurrentInject current;
    private TabSheet tabs;
    private final Span message = new Span();
    private final Span cellInfo = new Span();
    private final Div ended = new Div();
    private transient EventFeed feed;
    private transient Runnable unsubscribeSnapshots;
    private long lastPushNanos;
    private final org.drillgrid.ui.map.MapPace mapPace = new org.drillgrid.ui.map.MapPace(MAP_MILLIS * 1_000_000);
    private RunStatus lastStatus;

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        sessionId = id;
        sessions = AppServices.current().sessions();
        session = sessions.find(id).orElse(null);
        if (session == null) {
            notLive(id);
            return;
        }
        build(session.scenario().scenario());
    }

    private void notLive(String id) {
        add(new H2(getTranslation("control.title")));
        var resuming = sessions.resuming(id);
        if (resuming.isPresent()) {
            // the server restarted and is re-simulating this exercise: it is live again in a moment
            Paragraph text = new Paragraph(getTranslation("control.resuming", resuming.get().reached()));
            text.setId("control-resuming");
            add(text);
        } else if (sessions.store().find(id).isPresent()) {
            Paragraph text = new Paragraph(getTranslation("control.notLive"));
            text.setId("control-not-live");
            add(text, reviewLink());
        } else {
            Paragraph text = new Paragraph(getTranslation("control.unknown", id));
            text.setId("control-unknown");
            add(text);
        }
        add(new RouterLink(getTranslation("control.back"), LobbyView.class));
    }

    private Anchor reviewLink() {
        Anchor review = new Anchor("review/" + sessionId, getTranslation("control.review"));
        review.setId("control-review-link");
        return review;
    }

    private void build(Scenario scenario) {
        setId("control");
        Set<MapLayer> offered = EnumSet.copyOf(OFFERED);
        if (session.run().flood().isPresent()) {
            offered.add(MapLayer.WATER);
        }
        if (session.run().fire().isPresent()) {
            offered.add(MapLayer.FIRE);
        }
        if (session.run().quake().isPresent()) {
            offered.add(MapLayer.DAMAGE);
        }
        map = new GridMap(session.scenario(), offered, SHOWN);
        map.addCellListener(this::clicked);
        cellInfo.setId("control-cell-info");
        cellInfo.setText(getTranslation("control.cell.hint"));
        describer = org.drillgrid.engine.text.Describer.of(scenario, getLocale());
        clock = new ConsoleClock(session.paced(), describer::when, this::act);
        kpis = new KpiPanel(scenario.targetsOrNone());
        injects = new InjectBoard(scenario.drillOrEmpty().injectsOrEmpty(), describer, this::fireNow);
        adHoc = new AdHocInjectForm(scenario, this::sendAdHoc);
        timeline = new Timeline(describer);
        ratings = new RatingPanel(scenario.drillOrEmpty(), describer, this::rate);
        ratings.show(storedRatings());
        message.setId("control-message");
        ended.setId("control-ended");
        ended.add(new Span(getTranslation("control.ended") + " "), reviewLink());
        ended.setVisible(false);
        current = new CurrentInject(describer);
        cellInfo.getStyle().set("font-size", "var(--lumo-font-size-s)");
        H2 title = new H2(getTranslation("control.title") + " · " + scenario.nameOrId().in(getLocale()));
        title.setId("control-title");
        tabs = new TabSheet();
        tabs.setId("control-tabs");
        tabs.add(tab("tab-injects", "control.tab.injects"), injects);
        tabs.add(tab("tab-adhoc", "control.tab.adhoc"), adHoc);
        tabs.add(tab("tab-indicators", "control.tab.indicators"), stack(kpis, ratings));
        tabs.add(tab("tab-timeline", "control.tab.timeline"), timeline);
        // the map fills the main pane; the clock, its controls and the latest inject stay in view on the rail
        map.fillHeight();
        Dashboard.fill(this);
        add(new Dashboard("control").main(map, cellInfo).top(title, ended, clock, message, current).tabs(tabs));
    }

    private Tab tab(String id, String key) {
        Tab t = new Tab(getTranslation(key));
        t.setId(id);
        return t;
    }

    private static VerticalLayout stack(Component... parts) {
        VerticalLayout c = new VerticalLayout(parts);
        c.setPadding(false);
        return c;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (session == null) {
            return;
        }
        UI ui = attach.getUI();
        feed = new EventFeed(sessions, session);
        feed.open();
        unsubscribeSnapshots = session.paced().subscribe(s -> onSnapshot(ui, s));
        refresh(session.paced().snapshot(), true);
    }

    /** On the stepping thread: decides whether to push, then hands the update to the UI. */
    private void onSnapshot(UI ui, RunSnapshot s) {
        long now = System.nanoTime();
        boolean redraw;
        synchronized (this) {
            boolean changed = s.status() != lastStatus;
            if (s.status() == RunStatus.RUNNING && !changed && now - lastPushNanos < PUSH_MILLIS * 1_000_000) {
                return;
            }
            lastPushNanos = now;
            lastStatus = s.status();
            redraw = changed || s.status() != RunStatus.RUNNING || mapPace.due(now);
            if (redraw) {
                mapPace.drawn(now);
            }
        }
        ui.access(() -> refresh(s, redraw));
    }

    /** Shows a moment: clock, new events and (with {@code redraw}) the map and the indicators. */
    private void refresh(RunSnapshot s, boolean redraw) {
        try {
            clock.show(s);
            EventFeed.Batch batch = feed.poll();
            batch.history().stream().filter(InjectFired.class::isInstance).map(InjectFired.class::cast)
                    .forEach(f -> {
                        injects.fired(f);
                        current.fired(f, injects.triggerOf(f.inject()));
                    });
            timeline.addAll(batch.history());
            batch.live().forEach(this::arrived);
            timeline.addAll(batch.live());
            if (redraw) {
                map.show(session.run().frame(), List.of());
                Kpis k;
                synchronized (session.run()) {
                    k = session.run().kpis();
                }
                kpis.show(k);
            }
            boolean over = s.status() == RunStatus.FINISHED || s.status() == RunStatus.FAILED;
            ended.setVisible(over);
            adHoc.setEnabled(!over);
            injects.setEnabled(!over);
        } catch (RuntimeException e) {
            LOG.warn("the console of session {} could not be updated", sessionId, e);
        }
    }

    /** A live event: injects fired are marked, and the engine's refusals of the controller's doings shown. */
    private void arrived(SimEvent e) {
        if (e instanceof InjectFired f) {
            injects.fired(f);
            current.fired(f, injects.triggerOf(f.inject()));
            if ("controller".equals(f.trigger())) {
                say(true, getTranslation("control.inject.delivered", describer.inject(f.inject()), describer.when(f.t())));
            }
        } else if (e instanceof CommandGiven c && !c.accepted() && c.by() != null
                && (c.by().equals(BY) || c.by().startsWith("inject:"))) {
            say(false, describer.line(c).text());
        }
    }

    private void clicked(CellRef c) {
        adHoc.setCell(c);
        int r = adHoc.radius.getValue() == null ? 0 : Math.max(0, adHoc.radius.getValue());
        var grid = session.scenario().scenario().grid();
        map.select(List.of(Math.max(0, c.col() - r), Math.max(0, c.row() - r), Math.min(grid.cols() - 1, c.col() + r),
                Math.min(grid.rows() - 1, c.row() + r)), null); // the ad-hoc inject's area: the cell and its radius
        try {
            Frame f = session.run().frame();
            int i = c.row() * f.cols() + c.col();
            String depth = f.depths() == null ? "–" : String.format(Locale.ROOT, "%.2f", f.depths()[i]);
            int state = f.people() == null ? Frame.PEOPLE_NONE : f.people()[i];
            String people = state == Frame.PEOPLE_NONE ? getTranslation("control.cell.nobody")
                    : getTranslation("legend.people." + state);
            cellInfo.setText(getTranslation("control.cell", c.col(), c.row(), depth, people));
        } catch (RuntimeException e) {
            LOG.warn("cell {} of session {} could not be read", c, sessionId, e);
            cellInfo.setText(getTranslation("control.cell", c.col(), c.row(), "–", "–"));
        }
    }

    private void fireNow(String injectId) {
        act(() -> {
            SessionStore.InputRow row = session.submit(new ControllerAction.FireInject(null, BY, injectId));
            say(true, getTranslation("control.inject.requested", describer.inject(injectId), describer.when(row.t())));
        });
    }

    private boolean sendAdHoc(Inject inj) {
        return act(() -> {
            SessionStore.InputRow row = session.submit(new ControllerAction.AdHocInject(null, BY, inj));
            say(true, getTranslation("control.adhoc.sent", inj.message() == null ? "" : inj.message().in(getLocale()), describer.when(row.t())));
        });
    }

    private boolean rate(RatingPanel.Draft d) {
        return act(() -> {
            String by = CurrentUser.require().username();
            sessions.rate(sessionId, new ObserverRating(session.run().now(), d.objective(), d.inject(), d.rating(),
                    d.note(), by));
            ratings.show(storedRatings());
            say(true, getTranslation("control.rating.saved"));
        });
    }

    /** The observer ratings stored for this exercise, in the order they were given. */
    private List<ObserverRating> storedRatings() {
        List<ObserverRating> out = new ArrayList<>();
        for (SessionStore.InputRow in : sessions.store().inputs(sessionId)) {
            if (in.kind().equals("rating")) {
                try {
                    out.add(Json.mapper().readValue(in.body(), ObserverRating.class));
                } catch (JsonProcessingException e) {
                    LOG.warn("rating {} of session {} cannot be read", in.seq(), sessionId, e);
                }
            }
        }
        return out;
    }

    /**
     * Carries out a user's action after checking their role on the server; a failure is shown, never thrown
     * (the exercise goes on). Returns whether it was carried out.
     */
    boolean act(Runnable action) {
        try {
            CurrentUser.require(Role.CONTROLLER, Role.ADMIN);
            action.run();
            return true;
        } catch (SecurityException e) {
            say(false, getTranslation("control.notAllowed"));
        } catch (RuntimeException e) {
            LOG.warn("a console action in session {} failed", sessionId, e);
            say(false, getTranslation("control.failed", e.getMessage()));
        }
        return false;
    }

    private void say(boolean ok, String text) {
        message.setText(text);
        message.getStyle().set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (feed != null) {
            feed.close();
        }
        if (unsubscribeSnapshots != null) {
            unsubscribeSnapshots.run();
            unsubscribeSnapshots = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("control.title") + " · Drillgrid";
    }
}
