package org.drillgrid.ui.control;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.drillgrid.engine.api.PacedRun;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.api.RunStatus;

/**
 * The exercise clock and its controls: sim time of end, status, pause/resume, step (when paused), speed
 * (with the speed really achieved beside it when the run falls behind), and ending the exercise after a confirmation. Every control goes through the console's {@code act}, which
 * checks the user's role on the server and reports failures.
 */
final class ConsoleClock extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    /** Speeds offered (sim seconds per wall second). */
    static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 300.0, 600.0, 3600.0);

    private final transient PacedRun paced;
    private final transient Consumer<Runnable> act;
    private final Span clock = new Span();
    private final Span status = new Span();
    private final Button pauseResume = new Button();
    private final Button step = new Button();
    private final Button end = new Button();
    private final Select<Double> speed = new Select<>();
    private final Span achieved = new Span();

    /** How a sim time reads: the scenario's local clock with the sim time beside it. */
    private final transient java.util.function.LongFunction<String> when;

    ConsoleClock(PacedRun paced, java.util.function.LongFunction<String> when, Consumer<Runnable> act) {
        this.when = when;
        this.paced = paced;
        this.act = act;
        clock.setId("control-clock");
        clock.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-variant-numeric", "tabular-nums")
                .set("font-weight", "600");
        status.setId("control-status");
        pauseResume.setId("control-pause");
        pauseResume.addClickListener(e -> act.accept(this::toggle));
        step.setId("control-step");
        step.setText(getTranslation("control.step"));
        step.addClickListener(e -> act.accept(paced::step));
        end.setId("control-end");
        end.setText(getTranslation("control.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> confirmEnd());
        speed.setId("control-speed");
        speed.setLabel(getTranslation("control.speed"));
        speed.setWidth("8em"); // "3600×" fits; the row of controls stays one line on the console's rail
        speed.setItemLabelGenerator(s -> String.format(Locale.ROOT, "%.0f×", s));
        offerSpeeds(paced.snapshot().speed());
        speed.addValueChangeListener(e -> {
            Double v = e.getValue();
            if (v != null && v != paced.snapshot().speed()) {
                act.accept(() -> paced.setSpeed(v));
            }
        });
        achieved.setId("control-achieved");
        achieved.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        achieved.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(pauseResume, step, speed, achieved, end);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("flex-wrap", "wrap");
        Span label = new Span(getTranslation("control.clock"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        getContent().add(label, clock, status, buttons);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        show(paced.snapshot());
    }

    /** The offered speeds, with the session's own when it was set elsewhere (the API takes any 1..3600). */
    private void offerSpeeds(double current) {
        List<Double> items = new ArrayList<>(SPEEDS);
        if (!items.contains(current)) {
            items.add(current);
            items.sort(Double::compare);
        }
        speed.setItems(items);
        speed.setValue(current);
    }

    private void toggle() {
        if (paced.snapshot().status() == RunStatus.RUNNING) {
            paced.pause();
        } else {
            paced.resume();
        }
    }

    private void confirmEnd() {
        Dialog dialog = new Dialog();
        dialog.setId("control-end-dialog");
        dialog.setHeaderTitle(getTranslation("control.end.title"));
        dialog.add(new Paragraph(getTranslation("control.end.text")));
        Button confirm = new Button(getTranslation("control.end.confirm"), e -> {
            dialog.close();
            act.accept(paced::stop);
        });
        confirm.setId("control-end-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("control.end.cancel"), e -> dialog.close());
        cancel.setId("control-end-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    void show(RunSnapshot s) {
        clock.setText(when.apply(s.now()) + " / " + when.apply(s.until()));
        String text = getTranslation("control.status") + ": " + getTranslation("status." + s.status().name());
        if (s.status() == RunStatus.FAILED) {
            text += " — " + getTranslation("control.failedRun", s.failure());
        }
        status.setText(text);
        boolean over = s.status() == RunStatus.FINISHED || s.status() == RunStatus.FAILED;
        pauseResume.setText(getTranslation(s.status() == RunStatus.RUNNING ? "control.pause" : "control.resume"));
        pauseResume.setEnabled(!over);
        step.setEnabled(s.status() == RunStatus.PAUSED);
        end.setEnabled(!over);
        speed.setEnabled(!over);
        // a run that cannot keep up says how fast it really goes, beside the speed asked for
        achieved.setVisible(s.status() == RunStatus.RUNNING && s.fallingBehind());
        if (achieved.isVisible()) {
            achieved.setText(getTranslation("control.achieved", String.format(Locale.ROOT, "%.0f", s.achievedSpeed())));
            achieved.setTitle(getTranslation("control.achieved.hint"));
        }
        // the session's speed now, not the moment's: a push of an older moment, queued before the controller
        // picked a speed, would otherwise put the select back and set the old speed again (seen in CI)
        double now = paced.snapshot().speed();
        if (speed.getValue() == null || speed.getValue() != now) {
            offerSpeeds(now);
        }
    }
}
