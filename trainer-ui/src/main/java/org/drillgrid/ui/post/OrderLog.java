package org.drillgrid.ui.post;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.order.Order;

/**
 * The orders this position gave, newest first, each with the time it takes effect, then what became of it:
 * carried out, or refused with the engine's reason. Once the engine has taken it, an order shows the number
 * the engine gave it ({@code 指令 #7}), the number the console, the review and the report show too. An
 * outcome is matched to the earliest order still waiting that is the same order (the engine logs the order
 * as stamped when it was taken).
 */
final class OrderLog extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** An order given and what became of it so far. */
    private static final class Entry {
        final Order order;
        final Span number = new Span();
        final Span outcome = new Span();
        boolean settled;

        Entry(Order order) {
            this.order = order;
        }
    }

    private final transient Describer names;
    private final transient Translate tr;
    private final String position;
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout items = new VerticalLayout();
    private final transient List<Entry> entries = new ArrayList<>();

    OrderLog(Describer names, Translate tr, String position) {
        this.names = names;
        this.tr = tr;
        this.position = position;
        setPadding(false);
        items.setId("order-log");
        items.setPadding(false);
        items.setSpacing(false);
        empty.setText(tr.text("post.log.none"));
        add(empty, items);
    }

    /** An order the position gave: its input number (for the row's id) and the time it takes effect. */
    void given(int seq, long t, Order order) {
        add("log-" + seq, t, order);
    }

    private Entry add(String id, long t, Order order) {
        Entry e = new Entry(order);
        e.number.setId(id + "-number");
        e.number.getStyle().set("font-weight", "600");
        e.outcome.setId(id + "-outcome");
        e.outcome.setText(tr.text("post.log.waiting"));
        e.outcome.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(e.number, new Span(names.when(t) + " · "), new Span(names.order(order) + " · "), e.outcome);
        row.setId(id);
        row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        items.addComponentAsFirst(row);
        entries.add(e);
        empty.setVisible(false);
        return e;
    }

    /** Takes an order-issued or order-rejected event; those of other positions are not this log's. */
    void outcome(SimEvent event) {
        Order order;
        int engineSeq;
        String role;
        if (event instanceof OrderIssued i) {
            order = i.order();
            engineSeq = i.seq();
            role = i.role();
        } else if (event instanceof OrderRejected r) {
            order = r.order();
            engineSeq = r.seq();
            role = r.role();
        } else {
            return;
        }
        if (!position.equals(role)) {
            return;
        }
        Entry e = entries.stream().filter(x -> !x.settled && x.order.equals(order)).findFirst()
                // given elsewhere (another browser, the API) after this log was read: show it all the same
                .orElseGet(() -> add("log-e" + engineSeq, event.t(), order));
        e.settled = true;
        e.number.setText(names.orderNumber(engineSeq) + " · ");
        if (event instanceof OrderRejected r) {
            e.outcome.setText(tr.text("post.log.refused", names.refusal(r)));
            e.outcome.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            e.outcome.setText(tr.text("post.log.done", names.when(event.t())));
            e.outcome.getStyle().set("color", "var(--lumo-success-text-color)");
        }
    }
}
