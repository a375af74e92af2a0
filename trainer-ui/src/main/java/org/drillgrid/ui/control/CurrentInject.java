package org.drillgrid.ui.control;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.model.event.InjectFired;

/**
 * The inject delivered last (scripted or ad hoc), always in view on the console's rail: its title, when and how it
 * was triggered, to whom, and its message in the user's language.
 */
final class CurrentInject extends Div {

    private static final long serialVersionUID = 1L;

    private final Span head = new Span();
    private final Div text = new Div();
    private long shownT = Long.MIN_VALUE;
    private final transient Describer describer;

    CurrentInject(Describer describer) {
        this.describer = describer;
        Span caption = new Span(getTranslation("control.current"));
        caption.addClassName("dg-dash-caption");
        head.setId("control-current-head");
        head.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        text.setId("control-current-text");
        text.getStyle().set("font-size", "var(--lumo-font-size-s)").set("max-height", "4.5em").set("overflow", "auto");
        text.setText(getTranslation("control.current.none"));
        setId("control-current-inject");
        addClassName("dg-dash-block");
        add(caption, new Div(head), text);
    }

    /**
     * Shows an inject delivered, unless one delivered later is shown already (events come in log order).
     *
     * @param scripted its trigger in words as the drill's script has it (the inject board's), null for an ad-hoc
     *                 inject; shown when the inject fired by its condition or after another
     */
    void fired(InjectFired f, String scripted) {
        if (f.t() < shownT) {
            return;
        }
        shownT = f.t();
        String how = f.trigger() == null || f.trigger().equals("at") || f.trigger().equals("controller")
                || scripted == null ? describer.trigger(f.trigger()) : scripted;
        describer.learn(f);
        head.setText(getTranslation("control.current.head", describer.inject(f.inject()), describer.when(f.t()), how,
                describer.positions(f.audience())));
        text.setText(f.message() == null ? "" : f.message().in(getLocale()));
    }
}
