package org.drillgrid.ui.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore.SessionRow;

/**
 * This session beside another (its parent, a branch, any other run): the people counts each reached, from
 * their stored hourly logs, in a two-column table; on request their scorecards too (objective ratings and
 * KPI criteria), made in the background because an ended session's card is made again from its inputs.
 */
final class ComparePanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    private static final int CHOICES = 100;

    /** A row of the table: what, this session's value, the other's. */
    record Line(String what, String a, String b) {
    }

    private final SessionRow self;
    private final transient SessionLog selfLog;
    private final Select<SessionRow> other = new Select<>();
    private final Grid<Line> table = new Grid<>();
    private final Button score = new Button();
    private final Paragraph message = new Paragraph();
    private final List<Line> lines = new ArrayList<>();

    ComparePanel(SessionRow self, SessionLog selfLog) {
        this.self = self;
        this.selfLog = selfLog;
        other.setId("review-compare-with");
        other.setLabel(getTranslation("review.compare.with"));
        other.setItemLabelGenerator(r -> ReviewView.describe(this, r));
        other.setWidth("28em");
        other.addValueChangeListener(e -> compare());
        score.setText(getTranslation("review.compare.score"));
        score.setId("review-compare-score");
        score.addClickListener(e -> score());
        score.setEnabled(false);
        table.setId("review-compare");
        table.addColumn(Line::what).setHeader(getTranslation("review.compare.what")).setKey("what").setAutoWidth(true);
        table.addColumn(Line::a).setHeader(getTranslation("review.compare.this")).setKey("a");
        table.addColumn(Line::b).setHeader(getTranslation("review.compare.other")).setKey("b");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        message.setId("review-compare-message");
        HorizontalLayout bar = new HorizontalLayout(other, score);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("review.compare")), bar, message, table);
        refreshChoices();
    }

    /** Offers the recent sessions but this one; picks its parent, else its newest branch, if none is chosen. */
    void refreshChoices() {
        List<SessionRow> rows = AppServices.current().sessions().store().recent(CHOICES).stream()
                .filter(r -> !r.id().equals(self.id())).toList();
        String chosen = other.getValue() == null ? null : other.getValue().id();
        other.setItems(rows);
        Optional<SessionRow> pick = rows.stream().filter(r -> r.id().equals(chosen)).findFirst();
        if (pick.isEmpty()) {
            pick = rows.stream().filter(r -> r.id().equals(self.parentId())).findFirst();
        }
        if (pick.isEmpty()) {
            pick = rows.stream().filter(r -> self.id().equals(r.parentId())).findFirst();
        }
        pick.ifPresent(other::setValue);
        if (rows.isEmpty()) {
            message.setText(getTranslation("review.compare.none"));
        }
    }

    /** Fills the table with both sessions' figures at their reach. */
    void compare() {
        CurrentUser.require(Role.REVIEWER, Role.CONTROLLER, Role.ADMIN);
        lines.clear();
        SessionRow b = other.getValue();
        score.setEnabled(b != null);
        if (b == null) {
            table.setItems(lines);
            return;
        }
        SessionService sessions = AppServices.current().sessions();
        SessionRow a = sessions.store().find(self.id()).orElse(self);
        b = sessions.store().find(b.id()).orElse(b);
        SessionLog otherLog = new SessionLog(sessions, b.id());
        otherLog.readTo(b.simSeconds());
        selfLog.readTo(a.simSeconds());
        lines.add(new Line(getTranslation("review.compare.scenario"), ReviewView.scenarioName(a.scenarioId()),
                ReviewView.scenarioName(b.scenarioId())));
        lines.add(new Line(getTranslation("review.compare.status"), getTranslation("status." + a.status()),
                getTranslation("status." + b.status())));
        lines.add(new Line(getTranslation("review.compare.reach"), Scrubber.hm(a.simSeconds()),
                Scrubber.hm(b.simSeconds())));
        lines.add(new Line(getTranslation("review.compare.seed"), Long.toString(a.seed()), Long.toString(b.seed())));
        lines.add(new Line(getTranslation("review.compare.branchAt"), branch(a), branch(b)));
        Optional<PeopleStatus> pa = selfLog.peopleAt(a.simSeconds());
        Optional<PeopleStatus> pb = otherLog.peopleAt(b.simSeconds());
        lines.add(new Line(getTranslation("review.compare.countAt"), pa.map(p -> Scrubber.hm(p.t())).orElse("—"),
                pb.map(p -> Scrubber.hm(p.t())).orElse("—")));
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        for (List<KpiChart.Series> group : List.of(KpiChart.FLOWS, KpiChart.HARM)) {
            for (KpiChart.Series s : group) {
                lines.add(new Line(getTranslation(s.key()),
                        pa.map(p -> n.format(s.value().applyAsLong(p))).orElse("—"),
                        pb.map(p -> n.format(s.value().applyAsLong(p))).orElse("—")));
            }
        }
        table.setItems(lines);
        message.setText("");
    }

    private String branch(SessionRow r) {
        return r.parentId() == null ? "—" : Scrubber.hm(r.branchAt() == null ? 0 : r.branchAt());
    }

    /** Adds both scorecards to the table, made in the background. Package-private for tests. */
    void score() {
        CurrentUser.require(Role.REVIEWER, Role.CONTROLLER, Role.ADMIN);
        SessionRow b = other.getValue();
        if (b == null) {
            return;
        }
        SessionService sessions = AppServices.current().sessions();
        score.setEnabled(false);
        message.setText(getTranslation("review.compare.scoring"));
        String aId = self.id();
        String bId = b.id();
        Background.run(UI.getCurrent(), "scorecards", () -> List.of(card(sessions, aId), card(sessions, bId)), cards -> {
            score.setEnabled(true);
            if (other.getValue() == null || !other.getValue().id().equals(bId)) {
                return; // another session was chosen meanwhile
            }
            lines.addAll(scoreLines(cards.get(0), cards.get(1)));
            table.setItems(lines);
            message.setText(getTranslation("review.compare.scored"));
        }, e -> {
            score.setEnabled(true);
            message.setText(e instanceof SessionService.Busy ? getTranslation("review.busy")
                    : getTranslation("review.compare.scoreFailed", e.getMessage()));
        });
    }

    /** A live session's card from its state now (cheap); an ended one's made again from its inputs. */
    private static Scorecard card(SessionService sessions, String id) throws Exception {
        var live = sessions.find(id);
        return live.isPresent() ? sessions.scorecard(live.get()) : sessions.scorecard(id);
    }

    private List<Line> scoreLines(Scorecard a, Scorecard b) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        collect(rows, a, 0);
        collect(rows, b, 1);
        List<Line> out = new ArrayList<>();
        rows.forEach((what, v) -> out.add(new Line(what, v[0] == null ? "—" : v[0], v[1] == null ? "—" : v[1])));
        return out;
    }

    private void collect(Map<String, String[]> rows, Scorecard card, int side) {
        for (Scorecard.ObjectiveScore o : card.objectives()) {
            String name = o.name() == null ? o.id() : o.name().in(getLocale());
            rows.computeIfAbsent(getTranslation("review.compare.objective", name), k -> new String[2])[side] =
                    o.overall() == null ? "—" : getTranslation("review.rating." + o.overall().name());
            for (Scorecard.CriterionScore c : o.criteria()) {
                if ("kpi".equals(c.type())) {
                    String value = c.value() == null ? "—" : String.format(getLocale(), "%.2f %s", c.value(),
                            c.unit() == null ? "" : c.unit()).strip();
                    rows.computeIfAbsent(name + " · " + c.kpi(), k -> new String[2])[side] = value
                            + (Boolean.TRUE.equals(c.met()) ? " ✓" : Boolean.FALSE.equals(c.met()) ? " ✗" : "");
                }
            }
        }
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    void choose(SessionRow r) {
        other.setValue(r);
    }

    String message() {
        return message.getText();
    }
}
