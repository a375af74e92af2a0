package org.drillgrid.ui.post;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.order.Order;
import org.drillgrid.ui.time.SimTime;

/**
 * The orders this position gave, newest first, each with its number and time as acknowledged, then what
 * became of it: carried out, or refused with the engine's reason. An outcome is matched to the earliest
 * order still waiting that is the same order (the engine logs the order as stamped when it was taken).
 */
final class OrderLog extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** An order given and what became of it so far. */
    private static final class Entry {
        final Order order;
        final Span outcome = new Span();
        boolean settled;

        Entry(Order order) {
            this.order = order;
        }
    }

    private final transient Names names;
    private final transient Translate tr;
    private final String position;
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout items = new VerticalLayout();
    private final transient List<Entry> entries = new ArrayList<>();

    OrderLog(Names names, Translate tr, String position) {
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

    /** An order the position gave: its input number and the time it takes effect. */
    void given(int seq, long t, Order order) {
        add("log-" + seq, tr.text("post.log.order", seq, SimTime.clock(t)), order);
    }

    private Entry add(String id, String head, Order order) {
        Entry e = new Entry(order);
        e.outcome.setId(id + "-outcome");
        e.outcome.setText(tr.text("post.log.waiting"));
        e.outcome.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(new Span(head + " · "), new Span(names.order(order) + " · "), e.outcome);
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
        if (event instanceof OrderIssued i) {
            order = i.order();
            engineSeq = i.seq();
        } else if (event instanceof OrderRejected r) {
            order = r.order();
            engineSeq = r.seq();
        } else {
            return;
        }
        String role = event instanceof OrderIssued i ? i.role() : ((OrderRejected) event).role();
        if (!position.equals(role)) {
            return;
        }
        Entry e = entries.stream().filter(x -> !x.settled && x.order.equals(order)).findFirst()
                // given elsewhere (another browser, the API) after this log was read: show it all the same
                .orElseGet(() -> add("log-e" + engineSeq, tr.text("post.log.order", "", SimTime.clock(event.t())), order));
        e.settled = true;
        if (event instanceof OrderRejected r) {
            e.outcome.setText(tr.text("post.log.refused", reason(r)));
            e.outcome.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            e.outcome.setText(tr.text("post.log.done", SimTime.clock(event.t())));
            e.outcome.getStyle().set("color", "var(--lumo-success-text-color)");
        }
    }

    /**
     * A refusal in the reader's language with names for ids, where the engine coded it
     * ({@code post.refusal.<code>}); otherwise the engine's English reason.
     */
    String reason(OrderRejected r) {
        Refusal f = r.refusal();
        if (f == null) {
            return r.reason();
        }
        List<String> args = f.args();
        Object[] words = f.code().equals(Refusal.OUT_OF_STOCK) && !args.isEmpty()
                ? new Object[] {names.of(args.get(0)), args.subList(1, args.size()).stream()
                        .map(i -> tr.or("post.item." + i, i)).collect(java.util.stream.Collectors.joining(", "))}
                : args.stream().map(a -> f.code().equals(Refusal.UNKNOWN_ITEM) || f.code().equals(Refusal.QUANTITY_NOT_POSITIVE)
                        ? tr.or("post.item." + a, a) : names.of(a)).toArray();
        String text = tr.text("post.refusal." + f.code(), words);
        return text == null || text.isEmpty() || text.startsWith("!") ? r.reason() : text;
    }
}
