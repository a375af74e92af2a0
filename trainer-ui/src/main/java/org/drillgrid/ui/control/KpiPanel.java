package org.drillgrid.ui.control;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.model.scenario.Targets;

/**
 * The response's indicators now, against the plan's targets: relief within the target hours, warning
 * coverage, trapped, deaths, and how many people were warned, affected and are in shelters.
 */
final class KpiPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final transient Targets targets;
    private final Div relief = line("kpi-relief");
    private final Div warning = line("kpi-warning");
    private final Div trapped = line("kpi-trapped");
    private final Div deaths = line("kpi-deaths");
    private final Div people = line("kpi-people");

    KpiPanel(Targets targets) {
        this.targets = targets;
        getContent().setId("control-kpis");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(new H3(getTranslation("control.kpis")), relief, warning, trapped, deaths, people);
        relief.setText(getTranslation("control.kpi.relief", hours(targets.reliefHours()), "–", 0, 0, 0));
        warning.setText(getTranslation("control.kpi.warning", "–", percent(targets.warningCoverage(), 1), 0));
    }

    private static Div line(String id) {
        Div d = new Div();
        d.setId(id);
        return d;
    }

    void show(Kpis k) {
        Kpis.Relief r = k.relief();
        relief.setText(getTranslation("control.kpi.relief", hours(r.targetHours() != null ? r.targetHours()
                : targets.reliefHours()), share(r.withinTargetShare()), r.judged(), r.relieved(), r.pending()));
        Kpis.Warning w = k.warning();
        warning.setText(getTranslation("control.kpi.warning", share(w.coverage()),
                w.target() != null ? share(w.target()) : percent(targets.warningCoverage(), 1), w.atRisk()));
        mark(relief, r.withinTargetShare(), 1.0);
        mark(warning, w.coverage(), w.target());
        trapped.setText(getTranslation("control.kpi.trapped", k.trapped().total(), k.trapped().stillTrapped(),
                k.trapped().rescued()));
        deaths.setText(getTranslation("control.kpi.deaths", k.deaths(), k.injured()));
        long sheltered = k.shelters().stream().mapToLong(Kpis.ShelterFigures::occupants).sum();
        people.setText(getTranslation("control.kpi.people", k.warning().warnedAtAll(), k.affected(), sheltered));
    }

    /** Green when the share meets its target, red when it does not, plain without a value or target. */
    private static void mark(Div line, Double value, Double target) {
        String colour = value == null || target == null ? null
                : value >= target ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)";
        if (colour == null) {
            line.getStyle().remove("color");
        } else {
            line.getStyle().set("color", colour);
        }
    }

    private static String hours(Double h) {
        return h == null ? "–" : String.format(Locale.ROOT, h % 1 == 0 ? "%.0f" : "%.1f", h);
    }

    private static String share(Double s) {
        return s == null ? "–" : String.format(Locale.ROOT, "%.1f %%", s * 100);
    }

    private static String percent(Double p, int digits) {
        return p == null ? "–" : String.format(Locale.ROOT, "%." + digits + "f %%", p);
    }
}
