package org.drillgrid.ui.lobby;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.User;
import org.drillgrid.ui.session.Roster;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.ui.time.SimTime;

/**
 * The exercises: a controller creates one from a scenario, seats trainees at positions and starts it;
 * several run at once. Everyone sees the exercises that are theirs: controllers, reviewers and admins all,
 * a trainee only those they sit in, each with the door their role may open (console, command post, review).
 */
@Allowed({Role.ADMIN, Role.DESIGNER, Role.CONTROLLER, Role.TRAINEE, Role.REVIEWER})
@Route(value = "", layout = MainLayout.class)
public final class LobbyView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    final Grid<SessionStore.SessionRow> grid = new Grid<>();
    final Select<ScenarioCatalog.Entry> scenario = new Select<>();
    final TextField name = new TextField();
    final IntegerField seed = new IntegerField();
    final ComboBox<User> trainee = new ComboBox<>();
    final ComboBox<String> position = new ComboBox<>();
    final Grid<Roster.Member> members = new Grid<>();
    final Span message = new Span();
    private final VerticalLayout seating = new VerticalLayout();
    private SessionStore.SessionRow selected;
    private final User user;
    private final Paragraph empty = new Paragraph();
    private com.vaadin.flow.shared.Registration poll;

    public LobbyView() {
        setId("lobby");
        user = CurrentUser.require();
        add(new H2(getTranslation("lobby.title")));
        if (controls()) {
            add(createForm());
        }
        message.setId("lobby-message");
        grid.setId("exercises");
        grid.addColumn(r -> r.name() == null ? "" : r.name()).setHeader(getTranslation("lobby.col.name")).setAutoWidth(true);
        grid.addColumn(r -> scenarioName(r.scenarioId())).setHeader(getTranslation("lobby.col.scenario")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status())).setHeader(getTranslation("lobby.col.status"));
        grid.addColumn(r -> SimTime.clock(r.simSeconds()) + " / " + SimTime.clock(r.untilS()))
                .setHeader(getTranslation("lobby.col.time")).setAutoWidth(true);
        grid.addColumn(r -> r.parentId() == null ? "" : getTranslation("lobby.branchOf", SimTime.clock(r.branchAt())))
                .setHeader(getTranslation("lobby.col.branch"));
        grid.addComponentColumn(this::doors).setKey("open").setHeader(getTranslation("lobby.col.open")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(message, grid);
        if (controls()) {
            grid.addSelectionListener(e -> {
                if (e.isFromClient() || e.getFirstSelectedItem().isPresent()) {
                    select(e.getFirstSelectedItem().orElse(null), false);
                }
            });
            seating.setPadding(false);
            seating.setId("seating");
            add(seating);
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        empty.setText(getTranslation(user.role() == Role.TRAINEE ? "lobby.noSeat" : "lobby.empty"));
        empty.setId("lobby-empty");
        add(empty);
        refresh();
    }

    /** The list follows the exercises' progress: read again every {@value #REFRESH_MILLIS} ms while open. */
    static final int REFRESH_MILLIS = 5000;

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        poll = attach.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    private boolean controls() {
        return user.role() == Role.CONTROLLER || user.role() == Role.ADMIN;
    }

    private HorizontalLayout createForm() {
        List<ScenarioCatalog.Entry> entries = AppServices.current().runs().catalog().entries();
        scenario.setId("new-scenario");
        scenario.setLabel(getTranslation("lobby.scenario"));
        scenario.setItems(entries);
        scenario.setItemLabelGenerator(e -> e.name().in(getLocale()));
        scenario.setWidth("26em");
        if (!entries.isEmpty()) {
            scenario.setValue(entries.get(0));
        }
        name.setId("new-name");
        name.setLabel(getTranslation("lobby.name"));
        name.setMaxLength(200);
        seed.setId("new-seed");
        seed.setLabel(getTranslation("lobby.seed"));
        seed.setHelperText(getTranslation("scenarios.seed.help"));
        Button create = new Button(getTranslation("lobby.create"), e -> create());
        create.setId("create-exercise");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(scenario, name, seed, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    /** Creates an exercise of the chosen scenario, paused at t = 0. Package-private for tests. */
    void create() {
        CurrentUser.require(Role.CONTROLLER, Role.ADMIN);
        if (scenario.getValue() == null) {
            show(false, getTranslation("lobby.scenario") + ": " + getTranslation("lobby.required"));
            return;
        }
        try {
            var created = AppServices.current().sessions().create(scenario.getValue().ref(),
                    seed.getValue() == null ? null : seed.getValue().longValue(),
                    name.getValue().isBlank() ? null : name.getValue().strip());
            show(true, getTranslation("lobby.created"));
            refresh();
            AppServices.current().sessions().store().find(created.session().id()).ifPresent(grid::select);
        } catch (Exception e) {
            show(false, getTranslation("lobby.createFailed", e.getMessage()));
        }
    }

    private HorizontalLayout doors(SessionStore.SessionRow r) {
        HorizontalLayout out = new HorizontalLayout();
        if (controls()) {
            boolean live = AppServices.current().sessions().find(r.id()).isPresent();
            if (live && "PAUSED".equals(r.status()) && r.simSeconds() == 0) {
                Button start = new Button(getTranslation("lobby.start"), e -> start(r.id()));
                start.setId("start-" + r.id());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                out.add(start);
            }
            if (live) {
                out.add(door("control-" + r.id(), "lobby.control", "control/" + r.id()));
            }
        }
        if (user.role() == Role.TRAINEE) {
            out.add(door("post-" + r.id(), "lobby.post", "post/" + r.id()));
        }
        // a trainee reviews the exercises they sat in once they are over (the lobby lists only those)
        if (controls() || user.role() == Role.REVIEWER
                || user.role() == Role.TRAINEE && RunStatus.FINISHED.name().equals(r.status())) {
            out.add(door("review-" + r.id(), "lobby.review", "review/" + r.id()));
        }
        return out;
    }

    private Button door(String id, String key, String route) {
        Button b = new Button(getTranslation(key), e -> getUI().ifPresent(ui -> ui.navigate(route)));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** Starts (resumes) a live exercise. Package-private for tests. */
    void start(String id) {
        CurrentUser.require(Role.CONTROLLER, Role.ADMIN);
        AppServices.current().sessions().find(id).ifPresentOrElse(s -> {
            s.paced().resume();
            show(true, getTranslation("lobby.started"));
        }, () -> show(false, getTranslation("lobby.notLive")));
        refresh();
    }

    /** Shows the seats of an exercise; the same exercise again (a refresh) keeps the form as it is unless forced. */
    private void select(SessionStore.SessionRow r, boolean force) {
        boolean same = r != null && selected != null && r.id().equals(selected.id());
        selected = r;
        if (same && !force) {
            return;
        }
        seating.removeAll();
        if (r == null) {
            return;
        }
        seating.add(new H3(getTranslation("lobby.seating", r.name() == null ? scenarioName(r.scenarioId()) : r.name())));
        List<User> trainees = AppServices.current().accounts().list().stream()
                .filter(u -> u.role() == Role.TRAINEE && !u.disabled()).toList();
        trainee.setId("seat-user");
        trainee.setLabel(getTranslation("lobby.trainee"));
        trainee.setItems(trainees);
        trainee.setItemLabelGenerator(u -> u.username() + " (" + getTranslation("position." + u.position()) + ")");
        trainee.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                position.setValue(e.getValue().position());
            }
        });
        position.setId("seat-position");
        position.setLabel(getTranslation("lobby.position"));
        position.setItems(Positions.TASK_GROUPS);
        position.setItemLabelGenerator(p -> getTranslation("position." + p));
        Button seat = new Button(getTranslation("lobby.seat"), e -> seat());
        seat.setId("seat");
        HorizontalLayout form = new HorizontalLayout(trainee, position, seat);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Map<String, String> names = AppServices.current().accounts().list().stream()
                .collect(Collectors.toMap(User::id, User::username));
        members.removeAllColumns();
        members.setId("members");
        members.addColumn(m -> names.getOrDefault(m.userId(), m.userId())).setHeader(getTranslation("lobby.trainee"));
        members.addColumn(m -> getTranslation("position." + m.position())).setHeader(getTranslation("lobby.position"));
        members.addComponentColumn(m -> {
            Button remove = new Button(getTranslation("lobby.unseat"), e -> {
                CurrentUser.require(Role.CONTROLLER, Role.ADMIN);
                AppServices.current().roster().remove(m.sessionId(), m.userId());
                select(selected, true);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        members.setAllRowsVisible(true);
        members.setItems(AppServices.current().roster().members(r.id()));
        seating.add(form, members);
    }

    /** Seats the chosen trainee at the chosen position of the selected exercise. Package-private for tests. */
    void seat() {
        CurrentUser.require(Role.CONTROLLER, Role.ADMIN);
        if (selected == null || trainee.getValue() == null || position.getValue() == null) {
            show(false, getTranslation("lobby.seatMissing"));
            return;
        }
        AppServices.current().roster().assign(selected.id(), trainee.getValue().id(), position.getValue());
        show(true, getTranslation("lobby.seated", trainee.getValue().username(),
                getTranslation("position." + position.getValue())));
        select(selected, true);
    }

    /** The exercises this user may see: all for staff, a trainee's own seats only. */
    List<SessionStore.SessionRow> exercises() {
        List<SessionStore.SessionRow> recent = AppServices.current().sessions().store().recent(200);
        if (user.role() != Role.TRAINEE) {
            return recent;
        }
        var mine = AppServices.current().roster().seats(user.id()).stream().map(Roster.Member::sessionId)
                .collect(Collectors.toSet());
        return recent.stream().filter(r -> mine.contains(r.id())).toList();
    }

    private void refresh() {
        List<SessionStore.SessionRow> rows = exercises();
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
        if (selected != null) {
            rows.stream().filter(r -> r.id().equals(selected.id())).findFirst().ifPresent(grid::select);
        }
    }

    private String scenarioName(String id) {
        return AppServices.current().runs().catalog().entry(id).map(e -> e.name().in(getLocale())).orElse(id);
    }

    private void show(boolean ok, String text) {
        message.setText(text);
        message.getStyle().set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lobby.title") + " · Drillgrid";
    }

}
