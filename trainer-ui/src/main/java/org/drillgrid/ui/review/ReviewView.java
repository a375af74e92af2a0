package org.drillgrid.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.ForbiddenView;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.ui.session.SessionStore.SessionRow;

/**
 * Review of an exercise session, running or ended ({@code review/<id>}): a replay of its stored log with a
 * time scrubber, and in step with the replay's time the map (water of the depth checkpoint at or before
 * it, shelters and teams as the events left them), the timeline and the KPI chart and counts; a what-if
 * branch from that time; the session beside another; the after-action report. Seeking reads the database
 * and never re-simulates. A trainee sees only the finished exercises they sat in, with the replay and the
 * report but no branch or comparison ({@link ReviewAccess}).
 */
@Allowed({Role.REVIEWER, Role.CONTROLLER, Role.ADMIN, Role.TRAINEE})
@Route(value = "review", layout = MainLayout.class)
public final class ReviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int CHOICES = 100;

    private final Select<SessionRow> picker = new Select<>();
    private SessionRow row;
    private transient LoadedScenario scenario;
    private transient SessionLog log;
    private Scrubber scrubber;
    private GridMap map;
    private final Span waterAt = new Span();
    private EventTimeline timeline;
    private KpiPanel kpis;
    private ComparePanel compare;
    private long reach;
    private boolean trainee;

    public ReviewView() {
        setId("review");
        picker.setId("review-session");
        picker.setLabel(getTranslation("review.session"));
        picker.setItemLabelGenerator(r -> describe(this, r));
        picker.setWidth("32em");
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ReviewView.class, e.getValue().id()));
            }
        });
        waterAt.setId("review-water-at");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String sessionId) {
        removeAll();
        if (scrubber != null) {
            scrubber.setPlaying(false);
        }
        SessionService sessions = AppServices.current().sessions();
        var user = CurrentUser.require(ReviewAccess.ROLES);
        trainee = user.role() == Role.TRAINEE;
        List<SessionRow> recent = sessions.store().recent(CHOICES).stream()
                .filter(r -> ReviewAccess.allows(user, r)).toList();
        picker.setItems(recent);
        add(new H2(getTranslation("review.title")), picker);
        if (sessionId == null || sessionId.isBlank()) {
            add(note("review-choose", getTranslation(recent.isEmpty() ? "review.noSessions" : "review.choose")));
            return;
        }
        row = sessions.store().find(sessionId).orElse(null);
        if (trainee ? !ReviewAccess.allows(user, row) : row != null && !ReviewAccess.allows(user, row)) {
            event.rerouteTo(ForbiddenView.class);
            return;
        }
        if (row == null) {
            add(note("review-not-found", getTranslation("review.notFound", sessionId)));
            return;
        }
        recent.stream().filter(r -> r.id().equals(row.id())).findFirst().ifPresent(picker::setValue);
        try {
            scenario = scenario(sessions, row);
        } catch (Exception e) {
            add(note("review-error", getTranslation("review.scenarioFailed", row.scenarioId(), e.getMessage())));
            return;
        }
        reach = row.simSeconds();
        log = new SessionLog(sessions, row.id());
        log.readTo(reach);
        build(sessions);
        scrubber.seek(reach);
    }

    private void build(SessionService sessions) {
        add(summary());
        if (reach == 0) {
            add(note("review-not-run", getTranslation("review.notRun")));
        }
        scrubber = new Scrubber(reach, this::show, this::latestReach);
        Set<MapLayer> offered = EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS, MapLayer.POPULATION, MapLayer.SHELTERS,
                MapLayer.DEPOTS, MapLayer.TEAMS);
        if (sessions.store().checkpointAtOrBefore(row.id(), Long.MAX_VALUE).isPresent()) {
            offered.add(MapLayer.WATER);
        }
        Set<MapLayer> shown = EnumSet.copyOf(offered);
        shown.remove(MapLayer.POPULATION);
        map = new GridMap(scenario, offered, shown);
        timeline = new EventTimeline(org.drillgrid.engine.text.Describer.of(scenario.scenario(), getLocale()));
        kpis = new KpiPanel();
        compare = trainee ? null : new ComparePanel(row, log);
        VerticalLayout left = new VerticalLayout(waterAt, map);
        left.setPadding(false);
        left.setWidth(null);
        VerticalLayout right = new VerticalLayout(kpis, timeline);
        right.setPadding(false);
        right.setWidth("44em");
        FlexLayout replay = wrap(left, right);
        if (trainee) {
            add(scrubber, replay, wrap(new ReportPanel(row.id())));
            return;
        }
        VerticalLayout branch = new VerticalLayout(new BranchPanel(row.id(), scrubber::time, id -> compare.refreshChoices()));
        branch.setPadding(false);
        branch.setWidth("24em");
        FlexLayout after = wrap(branch, compare, new ReportPanel(row.id()));
        add(scrubber, replay, after);
    }

    private static FlexLayout wrap(Component... parts) {
        FlexLayout out = new FlexLayout(parts);
        out.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        out.getStyle().set("gap", "var(--lumo-space-l)");
        out.setWidthFull();
        return out;
    }

    /** A live session's scenario as it runs; an ended one's loaded again from the bundled scenarios. */
    private static LoadedScenario scenario(SessionService sessions, SessionRow r) throws Exception {
        var live = sessions.find(r.id());
        if (live.isPresent()) {
            return live.get().scenario();
        }
        var source = AppServices.current().runs().catalog().source(r.scenarioId())
                .orElseThrow(() -> new IllegalArgumentException(r.scenarioId()));
        return ScenarioLoader.load(source);
    }

    private Div summary() {
        Div info = new Div();
        info.setId("review-summary");
        info.add(new Span(getTranslation("review.summary", scenario.scenario().nameOrId().in(getLocale()),
                getTranslation("status." + row.status()), Scrubber.hm(row.simSeconds()), Scrubber.hm(row.untilS()),
                Long.toString(row.seed()))));
        if (row.parentId() != null) {
            Anchor parent = new Anchor("review/" + row.parentId(),
                    getTranslation("review.branchOf", Scrubber.hm(row.branchAt() == null ? 0 : row.branchAt())));
            parent.setId("review-parent");
            parent.getStyle().set("margin-left", "1em");
            info.add(parent);
        }
        return info;
    }

    /** The session's reach read again (a running session goes on); new events are read up to it. */
    private long latestReach() {
        AppServices.current().sessions().store().find(row.id()).ifPresent(r -> {
            if (r.simSeconds() > reach) {
                reach = r.simSeconds();
                log.readTo(reach);
            }
        });
        return reach;
    }

    /** Puts the map, timeline and KPIs at sim time t. */
    private void show(long t) {
        ReviewAccess.require(row.id());
        List<SimEvent> upToT = log.upTo(t);
        SessionStore.Checkpoint water = AppServices.current().sessions().store()
                .checkpointAtOrBefore(row.id(), t).orElse(null);
        map.show(ReplayFrame.at(t, scenario.scenario(), water, upToT), List.of());
        if (water == null) {
            waterAt.setText(getTranslation("review.water.none", Scrubber.hm(t)));
        } else if (!water.fits(scenario.scenario().grid().cols() * scenario.scenario().grid().rows())) {
            waterAt.setText(getTranslation("review.water.unreadable", Scrubber.hm(water.t())));
        } else {
            waterAt.setText(getTranslation("review.water.at", Scrubber.hm(water.t())));
        }
        timeline.show(upToT);
        kpis.show(log.people(), reach, t, log.peopleAt(t));
    }

    private static Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    /** How a session is named in choosers: its name or scenario, status, sim time reached, short id. */
    static String describe(Component c, SessionRow r) {
        String name = r.name() != null && !r.name().isBlank() ? r.name() : scenarioName(r.scenarioId());
        String branch = r.parentId() == null ? "" : " · " + c.getTranslation("review.branchAt",
                Scrubber.hm(r.branchAt() == null ? 0 : r.branchAt()));
        return name + " · " + c.getTranslation("status." + r.status()) + " · " + Scrubber.hm(r.simSeconds()) + branch
                + " · " + r.id().substring(0, Math.min(8, r.id().length()));
    }

    static String scenarioName(String scenarioId) {
        return AppServices.current().runs().catalog().entry(scenarioId).map(e -> e.name().in(UI.getCurrent().getLocale()))
                .orElse(scenarioId);
    }

    Scrubber scrubber() {
        return scrubber;
    }

    EventTimeline timeline() {
        return timeline;
    }

    ComparePanel compare() {
        return compare;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · Drillgrid";
    }
}
