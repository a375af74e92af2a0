package org.drillgrid.ui.control;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.engine.text.Describer;

/**
 * The drill's scripted injects: each with its trigger, audience and status (pending, or fired at a sim
 * time and how), and a "fire now" button while it is pending.
 */
final class InjectBoard extends Composite<VerticalLayout> implements HasEnabled {

    private static final long serialVersionUID = 1L;

    private final Map<String, Span> status = new HashMap<>();
    private final Map<String, Button> fire = new HashMap<>();
    private final transient Describer d;
    private final Map<String, String> triggers = new HashMap<>();

    InjectBoard(List<Inject> injects, Describer describer, Consumer<String> fireNow) {
        this.d = describer;
        VerticalLayout rows = new VerticalLayout();
        rows.setId("control-injects");
        rows.setPadding(false);
        rows.setSpacing(false);
        for (Inject inj : injects) {
            rows.add(row(inj, fireNow));
        }
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("control.injects")));
        if (injects.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("control.injects.none")));
        }
        getContent().add(rows);
    }

    private Div row(Inject inj, Consumer<String> fireNow) {
        triggers.put(inj.id(), trigger(inj));
        Span head = new Span(d.inject(inj.id()) + " · " + trigger(inj) + " · " + d.positions(inj.audienceOrEmpty()));
        head.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        Div text = new Div(inj.message().in(getLocale()));
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span state = new Span(getTranslation("control.inject.pending"));
        state.setId("inject-status-" + inj.id());
        Button now = new Button(getTranslation("control.inject.fire"), e -> fireNow.accept(inj.id()));
        now.setId("fire-" + inj.id());
        now.addThemeVariants(ButtonVariant.LUMO_SMALL);
        status.put(inj.id(), state);
        fire.put(inj.id(), now);
        Div row = new Div(head, text, new Div(state, now));
        row.setId("inject-" + inj.id());
        row.addClassName("inject");
        row.getStyle().set("border-left", "3px solid var(--lumo-contrast-30pct)").set("padding-left", "0.5em")
                .set("margin-bottom", "0.5em");
        return row;
    }

    /** Marks a scripted inject fired; ad-hoc injects are not on the board. */
    void fired(InjectFired f) {
        Span state = status.get(f.inject());
        if (state == null) {
            return;
        }
        state.setText(getTranslation("control.inject.fired", d.when(f.t()), d.trigger(f.trigger())));
        state.getStyle().set("color", "var(--lumo-success-text-color)");
        fire.get(f.inject()).setVisible(false);
        state.getParent().flatMap(c -> c.getParent()).ifPresent(r -> r.getElement().getStyle()
                .set("border-left", "3px solid var(--lumo-success-color)"));
    }

    /** A scripted inject's trigger in words, as the board shows it; null for one not on the board (ad hoc). */
    String triggerOf(String injectId) {
        return triggers.get(injectId);
    }

    /** The scripted trigger: at a time, when a condition holds, after another inject (+ delay). */
    private String trigger(Inject inj) {
        if (inj.at() != null) {
            return getTranslation("control.trigger.atTime", d.when(inj.at().seconds()));
        }
        String cond = inj.when() == null ? null : getTranslation("control.trigger.when", condition(inj.when()));
        if (inj.after() != null) {
            String after = getTranslation("control.trigger.after", d.inject(inj.after()),
                    d.words().get("minutes", Describer.num(inj.delaySeconds() / 60.0, 1)));
            return cond == null ? after : after + ", " + cond;
        }
        return cond == null ? "" : cond;
    }

    private String condition(Condition c) {
        if (c instanceof Condition.WaterDepth w) {
            return getTranslation("control.cond.waterDepth", area(w.at()), w.above());
        } else if (c instanceof Condition.DepotStock d) {
            return getTranslation("control.cond.depotStock", this.d.name(d.depot()),
                    d.item() == null ? "" : this.d.item(d.item()), d.belowPercent());
        } else if (c instanceof Condition.PeopleTrapped p) {
            return getTranslation("control.cond.peopleTrapped", p.atLeast(), p.area() == null ? "" : area(p.area()));
        } else if (c instanceof Condition.Deaths d) {
            return getTranslation("control.cond.deaths", d.atLeast());
        } else if (c instanceof Condition.ShelterOccupancy s) {
            return getTranslation("control.cond.shelterOccupancy", d.name(s.shelter()), s.abovePercent());
        } else if (c instanceof Condition.RainRate r) {
            return getTranslation("control.cond.rainRate", r.above());
        } else if (c instanceof Condition.FireNear f) {
            return getTranslation("control.cond.fireNear", area(f.at()), f.km());
        }
        return d.words().get("cond.other");
    }

    private String area(AreaRef a) {
        return a == null ? "" : d.area(a);
    }
}
