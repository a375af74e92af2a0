package org.drillgrid.ui.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.event.FireIgnited;
import org.drillgrid.model.event.FireStatus;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.UnderpassFlooded;
import org.drillgrid.model.event.WarningIssued;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Order;
import org.drillgrid.ui.time.SimTime;

/**
 * Orders and the events a controller follows, newest first, each with its sim time, filtered by kind
 * (orders, injects, reports, hazard, status: the sensors' reports every few minutes would otherwise bury
 * the rest), at most {@value #LIMIT} lines of each kind, so a flood of reports never pushes the orders
 * out. The per-tick people batches are left out: the hourly count sums them up.
 */
final class Timeline extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 300;

    /** What a line is about, for the filter. */
    enum Kind {
        ORDERS, INJECTS, REPORTS, HAZARD, STATUS
    }

    private final VerticalLayout items = new VerticalLayout();
    final CheckboxGroup<Kind> kinds = new CheckboxGroup<>();
    private final Map<Kind, Deque<Div>> shown = new EnumMap<>(Kind.class);

    Timeline() {
        items.setId("control-timeline");
        items.setPadding(false);
        items.setSpacing(false);
        items.getStyle().set("max-height", "32em").set("overflow", "auto");
        kinds.setId("timeline-kinds");
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("control.timeline.kind." + k.name().toLowerCase(Locale.ROOT)));
        kinds.setValue(EnumSet.allOf(Kind.class));
        kinds.addValueChangeListener(e -> filter());
        for (Kind k : Kind.values()) {
            shown.put(k, new ArrayDeque<>());
        }
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("control.timeline")), kinds, items);
    }

    /** Adds events in log order (the newest ends on top); only the last {@value #LIMIT} of each kind are kept. */
    void addAll(List<SimEvent> events) {
        Deque<Div> lines = new ArrayDeque<>();
        Set<Kind> on = kinds.getValue();
        for (SimEvent e : events) {
            String text = text(e);
            if (text != null) {
                Kind kind = kind(e);
                Div line = entry(e, text);
                line.getElement().setAttribute("data-kind", kind.name());
                line.setVisible(on.contains(kind));
                lines.addLast(line);
                Deque<Div> ofKind = shown.get(kind);
                ofKind.addLast(line);
                if (ofKind.size() > LIMIT) {
                    Div oldest = ofKind.removeFirst();
                    if (!lines.remove(oldest)) {
                        items.remove(oldest);
                    }
                }
            }
        }
        lines.forEach(items::addComponentAsFirst);
    }

    private void filter() {
        Set<Kind> on = kinds.getValue();
        shown.forEach((kind, lines) -> lines.forEach(line -> line.setVisible(on.contains(kind))));
    }

    /** The kind of a line, for the filter. */
    static Kind kind(SimEvent e) {
        if (e instanceof OrderIssued || e instanceof OrderRejected || e instanceof CommandGiven
                || e instanceof WarningIssued) {
            return Kind.ORDERS;
        } else if (e instanceof InjectFired) {
            return Kind.INJECTS;
        } else if (e instanceof ReportReceived) {
            return Kind.REPORTS;
        } else if (e instanceof PeopleStatus || e instanceof ShelterStatus || e instanceof RunEnded) {
            return Kind.STATUS;
        }
        return Kind.HAZARD;
    }

    private static Div entry(SimEvent e, String text) {
        Span time = new Span(SimTime.clock(e.t()) + " ");
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-variant-numeric", "tabular-nums");
        Div d = new Div(time, new Span(text));
        d.addClassName("timeline-entry");
        d.addClassName("timeline-" + e.type());
        d.getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (e instanceof OrderRejected || e instanceof CommandGiven c && !c.accepted()) {
            d.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return d;
    }

    /** The line of an event, or null for events the timeline leaves out. */
    String text(SimEvent e) {
        if (e instanceof OrderIssued o) {
            return getTranslation("control.ev.orderIssued", position(o.role()), order(o.order()));
        } else if (e instanceof OrderRejected o) {
            return getTranslation("control.ev.orderRejected", position(o.role()), order(o.order()), o.reason());
        } else if (e instanceof InjectFired f) {
            return getTranslation("control.ev.injectFired", f.inject(), ConsoleText.trigger(this, f.trigger()),
                    ConsoleText.audience(this, f.audience()), f.message() == null ? "" : f.message().in(getLocale()));
        } else if (e instanceof CommandGiven c) {
            return command(c);
        } else if (e instanceof WarningIssued w) {
            return getTranslation("control.ev.warning", w.warning(), w.level(),
                    w.channels() == null ? "" : String.join(", ", w.channels()), w.persons());
        } else if (e instanceof LeveeBreached b) {
            return getTranslation("control.ev.breach", b.levee(), b.cells(), b.to());
        } else if (e instanceof Earthquake q) {
            return getTranslation(q.aftershock() ? "control.ev.aftershock" : "control.ev.earthquake", q.magnitude(),
                    Math.round(q.col()), Math.round(q.row()), String.format(Locale.ROOT, "%.1f", q.maxIntensity()));
        } else if (e instanceof BuildingsDamaged d) {
            return getTranslation("control.ev.damage", d.moderate(), d.severe(), d.collapse(), d.roadCellsBlocked());
        } else if (e instanceof FireIgnited f) {
            return getTranslation("control.ev.fireIgnited", f.col(), f.row(), f.cause());
        } else if (e instanceof FireStatus f) {
            return getTranslation("control.ev.fire", String.format(Locale.ROOT, "%.1f", f.burnedHa()), f.frontCells(),
                    f.firelineCells(), f.populatedCellsReached());
        } else if (e instanceof ReportReceived r) {
            return getTranslation("control.ev.report", r.source(), r.kind(), r.value() == null ? "" : r.value(),
                    r.unit() == null ? "" : r.unit(), ConsoleText.audience(this, r.audience()));
        } else if (e instanceof ShelterFlooded s) {
            return getTranslation("control.ev.shelterFlooded", s.shelter(), s.depth());
        } else if (e instanceof UnderpassFlooded u) {
            return getTranslation(u.closed() ? "control.ev.underpassFlooded" : "control.ev.underpassDry",
                    String.valueOf(u.cell()), u.depth());
        } else if (e instanceof ShelterStatus s) {
            return getTranslation("control.ev.shelterStatus", s.shelter(), s.reason() == null ? "" : s.reason(),
                    s.occupants());
        } else if (e instanceof OutageChanged o) {
            return getTranslation(o.active() ? "control.ev.outage" : "control.ev.outageEnded",
                    getTranslation("control.outage." + o.kind()), String.valueOf(o.area()));
        } else if (e instanceof PeopleStatus p) {
            return getTranslation("control.ev.peopleStatus", p.warned(), p.affected(), p.sheltered(), p.trapped(),
                    p.rescued(), p.dead());
        } else if (e instanceof FloodStatus f) {
            return getTranslation("control.ev.flood", f.wetCells(), String.format(Locale.ROOT, "%.2f", f.maxDepth()),
                    String.format(Locale.ROOT, "%.1f", f.rain()), f.roadsClosedToCars());
        } else if (e instanceof RunEnded r) {
            return getTranslation("control.ev.runEnded", r.reason());
        }
        return null;
    }

    /** Levers of the controller and of injects, and every refusal; the command post's own are its orders. */
    private String command(CommandGiven c) {
        boolean staged = c.by() != null && (c.by().equals("controller") || c.by().startsWith("inject:"));
        if (c.accepted() && !staged) {
            return null;
        }
        String what = c.lever() + (c.target() == null ? "" : " " + c.target())
                + (c.detail() == null ? "" : " " + c.detail());
        return c.accepted() ? getTranslation("control.ev.command", what, c.by())
                : getTranslation("control.ev.commandRefused", what, c.by(), c.reason());
    }

    private String position(String role) {
        return role == null ? "" : Positions.known(role) ? getTranslation("position." + role) : role;
    }

    /** An order as its type and fields, without the time and role the line shows already. */
    private static String order(Order o) {
        if (o == null) {
            return "";
        }
        ObjectNode node = Json.mapper().valueToTree(o);
        node.remove(List.of("type", "t", "role"));
        return Json.typeName(Order.class, o) + (node.isEmpty() ? "" : " " + node);
    }
}
