package org.drillgrid.ui.run;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.drillgrid.model.event.InjectFired;

/** The injects delivered so far, newest on top, in the UI's language. */
final class InjectFeed extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final VerticalLayout items = new VerticalLayout();
    private final Paragraph empty = new Paragraph();

    InjectFeed() {
        items.setId("injects");
        items.setPadding(false);
        items.setSpacing(false);
        empty.setText(getTranslation("run.injects.none"));
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("run.injects")), empty, items);
    }

    void showAll(List<InjectFired> fired) {
        items.removeAll();
        fired.forEach(this::add);
        empty.setVisible(fired.isEmpty());
    }

    void add(InjectFired f) {
        empty.setVisible(false);
        Span time = new Span(org.drillgrid.ui.time.SimTime.clock(f.t()) + "  [" + f.channel() + "]"
                + (f.audience().isEmpty() ? "" : " → " + String.join(", ", f.audience())));
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div text = new Div(f.message().in(getLocale()));
        Div item = new Div(time, text);
        item.addClassName("inject");
        item.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding-left", "0.5em")
                .set("margin-bottom", "0.5em");
        items.addComponentAsFirst(item);
    }
}
