package org.drillgrid.ui.control;

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
import java.util.Map;
import java.util.Set;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.engine.text.Describer.Kind;
import org.drillgrid.engine.text.Describer.Line;
import org.drillgrid.model.event.SimEvent;

/**
 * Orders and the events a controller follows, newest first, each at its local clock time with the sim time
 * beside it, in the words of the shared {@link Describer} (the command post, the review and the report
 * write the same lines). Filtered by kind (orders, injects, reports, hazard, status: the sensors' reports
 * every few minutes would otherwise bury the rest), at most {@value #LIMIT} lines of each kind, so a flood of
 * reports never pushes the orders out. The per-tick people batches are left out: the hourly count sums
 * them up.
 */
final class Timeline extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 300;

    private final transient Describer describer;
    private final VerticalLayout items = new VerticalLayout();
    final CheckboxGroup<Kind> kinds = new CheckboxGroup<>();
    private final Map<Kind, Deque<Div>> shown = new EnumMap<>(Kind.class);

    Timeline(Describer describer) {
        this.describer = describer;
        items.setId("control-timeline");
        items.setPadding(false);
        items.setSpacing(false);
        items.getStyle().set("max-height", "32em").set("overflow", "auto");
        kinds.setId("timeline-kinds");
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(describer::kindName);
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
            Line line = describer.line(e);
            if (line != null) {
                Div div = entry(e, line);
                div.getElement().setAttribute("data-kind", line.kind().name());
                div.setVisible(on.contains(line.kind()));
                lines.addLast(div);
                Deque<Div> ofKind = shown.get(line.kind());
                ofKind.addLast(div);
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

    private Div entry(SimEvent e, Line line) {
        Span time = new Span(describer.when(e.t()) + " ");
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-variant-numeric", "tabular-nums");
        Div d = new Div(time, new Span(line.text()));
        d.addClassName("timeline-entry");
        d.addClassName("timeline-" + e.type());
        d.getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (line.bad()) {
            d.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return d;
    }
}
