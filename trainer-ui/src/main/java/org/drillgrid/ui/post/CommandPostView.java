package org.drillgrid.ui.post;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.Dashboard;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.ForbiddenView;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.User;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;
import org.drillgrid.ui.map.Marker;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.engine.text.Describer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trainee's command post in one exercise, at the position the roster seats them in, laid out as a
 * {@link org.drillgrid.ui.Dashboard}: the map of the reported picture fills the main pane; on the rail beside
 * it the position and the clock stay in view over the tabs of the order forms, the inbox, the status boards
 * and the log of their own orders.
 * Everything comes from the events the position may see ({@link PostFeed}), live by server push; an
 * exercise that has ended is shown read-only.
 */
@Allowed(Role.TRAINEE)
@Route(value = "post", layout = MainLayout.class)
public final class CommandPostView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver,
        HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CommandPostView.class);
    /** The map is redrawn about this often at most while the exercise runs ({@link org.drillgrid.ui.map.MapPace}). */
    static final long MAP_MILLIS = 1000;
    /** The layers of the reported picture: never water, people or outages as they truly are. */
    static final Set<MapLayer> LAYERS = EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS, MapLayer.SHELTERS,
            MapLayer.DEPOTS, MapLayer.TEAMS, MapLayer.CLOSURES, MapLayer.REPORTS);

    private String sessionId;
    private String position;
    private String userId;
    private transient LoadedScenario scenario;
    private transient KnownPicture picture;
    private transient PostFeed feed;
    private transient Describer names;
    private final transient Translate tr = this::getTranslation;
    private GridMap map;
    private OrderForm form;
    private Inbox inbox;
    private StatusBoards boards;
    private OrderLog log;
    private TabSheet tabs;
    private Tab inboxTab;
    private final Span badge = new Span();
    private final Span clock = new Span();
    private final Paragraph endedNote = new Paragraph();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private transient Runnable unsubscribeSnapshots = () -> { };
    private boolean mapDirty;
    private final org.drillgrid.ui.map.MapPace mapPace = new org.drillgrid.ui.map.MapPace(MAP_MILLIS * 1_000_000);

    @Override
    public void setParameter(BeforeEvent event, String id) {
        sessionId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        stop();
        removeAll();
        scenario = null;
        User user = CurrentUser.get().orElse(null);
        if (user == null || user.role() != Role.TRAINEE) {
            event.rerouteTo(ForbiddenView.class);
            return;
        }
        AppServices app = AppServices.current();
        Optional<String> seat = app.roster().position(sessionId, user.id());
        if (seat.isEmpty()) {
            event.rerouteTo(ForbiddenView.class); // nothing of the exercise is loaded for someone not in it
            return;
        }
        position = seat.get();
        userId = user.id();
        Optional<ExerciseSession> live = app.sessions().find(sessionId);
        try {
            scenario = live.isPresent() ? live.get().scenario() : storedScenario(app).orElse(null);
        } catch (Exception e) {
            LOG.warn("the scenario of exercise {} cannot be loaded", sessionId, e);
        }
        if (scenario == null) {
            Paragraph missing = new Paragraph(getTranslation("post.notFound"));
            missing.setId("post-not-found");
            add(missing);
            return;
        }
        build(live.isPresent() && live.get().live());
        getUI().ifPresent(this::start);
    }

    private Optional<LoadedScenario> storedScenario(AppServices app) throws Exception {
        Optional<SessionStore.SessionRow> row = app.sessions().store().find(sessionId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var source = app.runs().catalog().source(row.get().scenarioId());
        return source.isEmpty() ? Optional.empty()
                : Optional.of(org.drillgrid.model.validate.ScenarioLoader.load(source.get()));
    }

    private void build(boolean live) {
        setId("command-post");
        picture = new KnownPicture(scenario);
        names = Describer.of(scenario.scenario(), getLocale());
        H2 title = new H2(getTranslation("position." + position));
        title.setId("post-position");
        Span exercise = new Span(getTranslation("post.subtitle", scenario.scenario().nameOrId().in(getLocale())));
        clock.setId("post-clock");
        endedNote.setId("post-ended");
        boolean resuming = !live && AppServices.current().sessions().resuming(sessionId).isPresent();
        endedNote.setText(getTranslation(resuming ? "post.resuming" : "post.ended"));
        endedNote.getStyle().set("color", "var(--lumo-error-text-color)");
        endedNote.setVisible(!live);

        map = new GridMap(scenario, LAYERS, LAYERS);
        map.setId("post-map");
        form = new OrderForm(scenario.scenario(), position);
        form.submit.addClickListener(e -> submit());
        map.addCellListener(cell -> {
            CurrentUser.require(Role.TRAINEE);
            form.pick(cell);
            showSelection();
        });
        form.area.addValueChangeListener(e -> showSelection());
        form.rectangle.addValueChangeListener(e -> showSelection());
        inbox = new Inbox(names, tr);
        boards = new StatusBoards(names, tr);
        log = new OrderLog(names, tr, position);
        boards.show(picture);

        tabs = new TabSheet();
        tabs.setId("post-tabs");
        if (live) {
            tabs.add(tab("tab-orders", "post.tab.orders"), form);
        }
        badge.setId("inbox-new");
        badge.getElement().getThemeList().add("badge error pill small");
        badge.getStyle().set("margin-left", "0.4em");
        inboxTab = tab("tab-inbox", "post.tab.inbox");
        inboxTab.add(badge);
        tabs.add(inboxTab, inbox);
        tabs.add(tab("tab-status", "post.tab.status"), boards);
        tabs.add(tab("tab-log", "post.tab.log"), log);
        tabs.addSelectedChangeListener(e -> updateBadge());

        // the map fills the main pane; the position, the clock and the tabs are on the rail beside it
        exercise.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        clock.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("font-variant-numeric", "tabular-nums");
        endedNote.getStyle().set("margin", "0");
        map.fillHeight();
        Dashboard.fill(this);
        add(new Dashboard("post").main(map).top(title, exercise, clock, endedNote).tabs(tabs));
    }

    private Tab tab(String id, String key) {
        Tab t = new Tab(new Span(getTranslation(key)));
        t.setId(id);
        return t;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        start(attach.getUI());
    }

    /** Reads what the position has seen so far and subscribes to what comes. */
    private void start(UI ui) {
        if (scenario == null || feed != null) {
            return;
        }
        AppServices app = AppServices.current();
        feed = new PostFeed(app.sessions(), sessionId, position);
        try {
            ownOrders(app);
            apply(feed.open()); // live events are drained after each slice (the snapshot), never inside a tick
            app.sessions().find(sessionId)
                    .ifPresent(s -> unsubscribeSnapshots = s.paced().subscribe(snap -> queueDrain(ui)));
            showClock();
        } catch (RuntimeException e) {
            // the store could not be read: say so here; the exercise itself goes on
            LOG.warn("command post of exercise {} could not be opened", sessionId, e);
            clock.setText(getTranslation("post.unavailable"));
        }
    }

    /** The orders this position gave, as stored when they were acknowledged. */
    private void ownOrders(AppServices app) {
        for (SessionStore.InputRow in : app.sessions().store().inputs(sessionId)) {
            if (in.kind().equals("order") && position.equals(in.role())) {
                try {
                    log.given(in.seq(), in.t(), Json.mapper().readValue(in.body(), Order.class));
                } catch (Exception e) {
                    LOG.warn("stored order {} of exercise {} cannot be read", in.seq(), sessionId, e);
                }
            }
        }
    }

    /** Called after each slice, outside the tick: one UI update at a time is queued, and it takes all that waits. */
    private void queueDrain(UI ui) {
        if (drainQueued.compareAndSet(false, true)) {
            ui.access(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        if (feed == null) {
            return;
        }
        if (seatChanged()) {
            return;
        }
        try {
            List<SimEvent> events = new ArrayList<>();
            if (feed.behind()) {
                events.addAll(feed.catchUp());
            }
            events.addAll(feed.drainLive());
            apply(events);
            showClock();
        } catch (RuntimeException e) {
            // a broken update must not take the command post (let alone the exercise) down
            LOG.warn("command post of exercise {} could not be updated", sessionId, e);
        }
    }

    /** The seat is read again every {@value #SEAT_CHECK_NANOS} ns while the exercise runs. */
    static final long SEAT_CHECK_NANOS = 5_000_000_000L;
    private long lastSeatCheck = System.nanoTime();
    /** How often the seat is read again; package-private so tests can shorten it. */
    long seatCheckNanos = SEAT_CHECK_NANOS;
    /** Set when the seat changed under the open page (for tests). */
    boolean seatLost;

    /**
     * Whether the controller has moved or removed this trainee since the page opened: then the feed of the
     * old position stops at once and the page is loaded again, which opens the new seat (or refuses).
     */
    private boolean seatChanged() {
        long now = System.nanoTime();
        if (now - lastSeatCheck < seatCheckNanos) {
            return false;
        }
        lastSeatCheck = now;
        String seat;
        try {
            seat = AppServices.current().roster().position(sessionId, userId).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("seat of {} in exercise {} could not be read", userId, sessionId, e);
            return false;
        }
        if (position.equals(seat)) {
            return false;
        }
        LOG.info("trainee {} no longer sits at {} in exercise {}: the command post reloads", userId, position,
                sessionId);
        seatLost = true;
        stop();
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.location.reload()")); // opens the new seat, or refuses
        return true;
    }

    private void apply(List<SimEvent> events) {
        boolean boardsDirty = false;
        for (SimEvent e : events) {
            mapDirty |= picture.apply(e);
            if (e instanceof InjectFired || e instanceof ReportReceived) {
                inbox.add(e, getLocale());
            } else if (e instanceof OrderIssued || e instanceof OrderRejected) {
                log.outcome(e);
            } else if (e instanceof TeamStatus || e instanceof ShelterStatus || e instanceof MaterialsMoved) {
                boardsDirty = true;
            } else if (e instanceof RunEnded) {
                ended();
            }
        }
        if (boardsDirty) {
            boards.show(picture);
        }
        updateBadge();
        redrawMap();
    }

    private void redrawMap() {
        long now = System.nanoTime();
        boolean running = AppServices.current().sessions().find(sessionId)
                .map(s -> s.paced().snapshot().status() == RunStatus.RUNNING).orElse(false);
        if (mapDirty && (!running || mapPace.due(now) || map.version() <= 1)) {
            List<Marker> pins = new ArrayList<>();
            picture.latestReports().forEach(r -> pins.add(new Marker(KnownPicture.centre(r), names.source(r.source()), pinLabel(r),
                    KnownPicture.alert(r))));
            map.show(picture.frame(), pins);
            mapDirty = false;
            mapPace.drawn(now);
        }
    }

    /** The area the order form holds, outlined on the map (a picked rectangle, or the named area chosen). */
    private void showSelection() {
        map.select(form.area.isVisible() ? form.chosenCells(scenario.scenario()) : null, form.corner());
    }

    private String pinLabel(ReportReceived r) {
        if (r.value() == null) {
            return "";
        }
        double v = r.value();
        return (v == Math.rint(v) ? org.drillgrid.ui.map.SceneMaker.number((long) v) : String.valueOf(v)) + " " + tr.or("post.unit." + r.unit(), r.unit());
    }

    private void ended() {
        endedNote.setVisible(true);
        form.close(getTranslation("post.notLive"));
    }

    private void showClock() {
        var live = AppServices.current().sessions().find(sessionId);
        long t;
        String status;
        if (live.isPresent()) {
            var snap = live.get().paced().snapshot();
            t = snap.now();
            status = snap.status().name();
        } else {
            var row = AppServices.current().sessions().store().find(sessionId);
            t = row.map(SessionStore.SessionRow::simSeconds).orElse(picture.now());
            status = row.map(SessionStore.SessionRow::status).orElse(RunStatus.FINISHED.name());
        }
        clock.setText(getTranslation("post.clock", names.when(t), getTranslation("status." + status)));
        if (!"RUNNING".equals(status) && !"PAUSED".equals(status)) {
            endedNote.setVisible(true);
            form.close(getTranslation("post.notLive"));
        }
    }

    /** New inbox items since the trainee last looked (at this exercise, in this browser session). */
    private void updateBadge() {
        String key = "post.seen." + sessionId + "." + userId;
        VaadinSession vs = VaadinSession.getCurrent();
        Object seenAttr = vs == null ? null : vs.getAttribute(key);
        int seen = seenAttr instanceof Integer i ? i : 0;
        if (tabs.getSelectedTab() == inboxTab) {
            seen = inbox.count();
            if (vs != null) {
                vs.setAttribute(key, seen);
            }
        }
        int fresh = Math.max(0, inbox.count() - seen);
        badge.setText(String.valueOf(fresh));
        badge.setVisible(fresh > 0);
    }

    private void submit() {
        try {
            User u = CurrentUser.require(Role.TRAINEE);
            AppServices app = AppServices.current();
            if (!app.roster().position(sessionId, u.id()).map(position::equals).orElse(false)) {
                form.error(getTranslation("post.noSeat"));
                return;
            }
            Optional<ExerciseSession> session = app.sessions().find(sessionId).filter(ExerciseSession::live);
            if (session.isEmpty()) {
                ended();
                return;
            }
            Optional<Order> order = form.build();
            if (order.isEmpty()) {
                return;
            }
            SessionStore.InputRow row = session.get().submit(order.get());
            log.given(row.seq(), row.t(), Json.mapper().readValue(row.body(), Order.class));
            form.acknowledged(getTranslation("post.ack", names.when(row.t())));
        } catch (SecurityException e) {
            form.error(getTranslation("post.notAllowed"));
        } catch (Exception e) {
            boolean over = AppServices.current().sessions().find(sessionId).map(s -> !s.live()).orElse(true);
            if (over) {
                ended();
            } else {
                LOG.warn("order of {} in exercise {} could not be sent", position, sessionId, e);
                form.error(getTranslation("post.submitFailed", String.valueOf(e.getMessage())));
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stop();
    }

    private void stop() {
        unsubscribeSnapshots.run();
        unsubscribeSnapshots = () -> { };
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("post.pageTitle") + (position == null ? "" : " · " + getTranslation("position." + position))
                + " · Drillgrid";
    }
}
