package org.drillgrid.ui.post;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.engine.text.Describer;

/**
 * The position's inbox: injects (in the UI's language) and reports (source, what, value and unit), newest
 * first by sim time. It counts what it holds; the view compares that with what the trainee has seen.
 */
final class Inbox extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Describer names;
    private final transient Translate translate;
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout items = new VerticalLayout();
    /** Sim times of the items shown, in display order (newest first). */
    private final List<Long> times = new ArrayList<>();

    Inbox(Describer names, Translate translate) {
        this.names = names;
        this.translate = translate;
        setPadding(false);
        items.setId("inbox");
        items.setPadding(false);
        items.setSpacing(false);
        empty.setId("inbox-empty");
        empty.setText(translate.text("post.inbox.none"));
        add(empty, items);
    }

    /** Adds an inject or a report where its time puts it. */
    void add(SimEvent e, Locale locale) {
        Div item = new Div();
        item.setId("inbox-item-" + times.size());
        item.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span when = new Span(names.when(e.t()) + " ");
        when.getStyle().set("font-family", "monospace").set("color", "var(--lumo-secondary-text-color)");
        Span head = new Span();
        head.getStyle().set("font-weight", "600");
        Span body = new Span();
        if (e instanceof InjectFired f) {
            item.addClassName("inbox-inject");
            head.setText(names.words().getOr("channel." + f.channel(), "channel.other") + " · ");
            body.setText(f.message() == null ? "" : f.message().in(locale));
        } else if (e instanceof ReportReceived r) {
            item.addClassName("inbox-report");
            head.setText(names.source(r.source()) + " · ");
            body.setText(report(r));
            if (KnownPicture.alert(r)) {
                body.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        } else {
            return;
        }
        item.add(when, head, body);
        int at = 0;
        while (at < times.size() && times.get(at) > e.t()) {
            at++;
        }
        times.add(at, e.t());
        items.addComponentAtIndex(at, item);
        empty.setVisible(false);
    }

    private String report(ReportReceived r) {
        return names.report(r) + " · " + names.words().get("observed", names.when(r.observedAt()));
    }

    /** How many items it holds. */
    int count() {
        return times.size();
    }
}
