package org.drillgrid.ui.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.event.FireIgnited;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.UnderpassFlooded;
import org.drillgrid.model.event.WarningIssued;
import org.drillgrid.model.order.Order;
import org.drillgrid.ui.time.SimTime;

/**
 * What had happened by the replay's time, newest first: injects, orders carried out and refused (with the
 * reason), warnings, breaches, shelters and underpasses flooding, outages. At most {@value #LIMIT} rows;
 * the caption says how many there were. The hourly counts and household batches are left to the charts.
 */
final class EventTimeline extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 200;

    /** One line: sim time, the event's type and what it says. */
    record Row(long t, String type, String text) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final Span count = new Span();

    EventTimeline() {
        grid.setId("review-timeline");
        grid.addColumn(r -> SimTime.clock(r.t())).setHeader(getTranslation("review.timeline.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("review.ev." + r.type())).setHeader(getTranslation("review.timeline.type"))
                .setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::text).setHeader(getTranslation("review.timeline.what")).setKey("what");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24em");
        count.setId("review-timeline-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-s)");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("review.timeline")), count, grid);
    }

    /** Shows the notable events among {@code upToT} (log order), newest first. */
    void show(List<SimEvent> upToT) {
        List<Row> rows = new ArrayList<>();
        int notable = 0;
        for (int i = upToT.size() - 1; i >= 0; i--) {
            Row row = row(upToT.get(i));
            if (row != null) {
                notable++;
                if (rows.size() < LIMIT) {
                    rows.add(row);
                }
            }
        }
        grid.setItems(rows);
        count.setText(notable > LIMIT ? getTranslation("review.timeline.bounded", LIMIT, notable)
                : getTranslation("review.timeline.count", notable));
    }

    private Row row(SimEvent e) {
        String text = text(e, NumberFormat.getIntegerInstance(getLocale()));
        return text == null ? null : new Row(e.t(), e.type(), text);
    }

    /** What a notable event says in the UI language; null for the others. */
    private String text(SimEvent e, NumberFormat n) {
        if (e instanceof InjectFired f) {
            return getTranslation("review.text.inject", f.inject(), f.message() == null ? "" : f.message().in(getLocale()));
        } else if (e instanceof OrderIssued o) {
            return getTranslation("review.text.order", o.seq(), position(o.role()), order(o.order()));
        } else if (e instanceof OrderRejected o) {
            return getTranslation("review.text.rejected", o.seq(), position(o.role()), order(o.order()), o.reason());
        } else if (e instanceof WarningIssued w) {
            return getTranslation(w.evacuateTo() == null ? "review.text.warning" : "review.text.evacuation",
                    w.warning(), w.level(), n.format(w.persons()), w.evacuateTo());
        } else if (e instanceof LeveeBreached b) {
            return getTranslation("review.text.breach", b.levee(), b.cells());
        } else if (e instanceof Earthquake q) {
            return getTranslation(q.aftershock() ? "review.text.aftershock" : "review.text.earthquake", q.magnitude(),
                    String.format(java.util.Locale.ROOT, "%.1f", q.maxIntensity()));
        } else if (e instanceof BuildingsDamaged d) {
            return getTranslation("review.text.damage", n.format(d.severe() + d.collapse()), n.format(d.collapse()));
        } else if (e instanceof FireIgnited f) {
            return getTranslation("review.text.fireIgnited", f.col(), f.row());
        } else if (e instanceof ShelterFlooded s) {
            return getTranslation("review.text.shelterFlooded", s.shelter(), s.depth());
        } else if (e instanceof ShelterStatus s) {
            return getTranslation(s.open() ? "review.text.shelterOpen" : "review.text.shelterShut", s.shelter(),
                    n.format(s.occupants()), s.reason());
        } else if (e instanceof UnderpassFlooded u) {
            return getTranslation(u.closed() ? "review.text.underpassClosed" : "review.text.underpassOpen",
                    String.valueOf(u.cell()), u.depth());
        } else if (e instanceof OutageChanged o) {
            return getTranslation(o.active() ? "review.text.outageOn" : "review.text.outageOff", o.kind(),
                    String.valueOf(o.area()));
        }
        return null;
    }

    private String position(String role) {
        return role != null && Positions.known(role) ? getTranslation("position." + role) : String.valueOf(role);
    }

    private static String order(Order o) {
        if (o == null) {
            return "";
        }
        String target = o.target();
        return target == null || target.equals("null") ? o.typeName() : o.typeName() + " → " + target;
    }

    /** The rows shown (for tests). */
    List<Row> rows() {
        return grid.getListDataView().getItems().toList();
    }
}
