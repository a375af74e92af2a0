package org.drillgrid.ui.run;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.drillgrid.engine.api.PacedRun;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.api.RunStatus;

/** The sim clock and the controller's buttons: pause/resume, step, speed, stop. */
final class RunControls extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    /** Speeds offered (sim seconds per wall second); 0 = as fast as possible. */
    private static final java.time.format.DateTimeFormatter WALL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 300.0, 600.0, 3600.0, 0.0);

    private final transient PacedRun paced;
    private final Span clock = new Span();
    private final Span scenarioTime = new Span();
    private final transient java.time.OffsetDateTime start;
    private final Span status = new Span();
    private final Button pauseResume = new Button();
    private final Button step = new Button();
    private final Button stop = new Button();
    private final Select<Double> speed = new Select<>();

    /** @param start the moment sim time 0 stands for, or null */
    RunControls(PacedRun paced, java.time.OffsetDateTime start) {
        this.paced = paced;
        this.start = start;
        scenarioTime.setId("scenario-time");
        scenarioTime.setVisible(start != null);
        clock.setId("clock");
        clock.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-variant-numeric", "tabular-nums")
                .set("font-weight", "600");
        status.setId("status");
        pauseResume.setId("pause-resume");
        pauseResume.addClickListener(e -> toggle());
        step.setId("step");
        step.setText(getTranslation("run.step"));
        step.addClickListener(e -> paced.step());
        stop.setId("stop");
        stop.setText(getTranslation("run.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> paced.stop());
        speed.setId("speed");
        speed.setLabel(getTranslation("run.speed"));
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(s -> s == 0 ? getTranslation("run.speed.max") : String.format(Locale.ROOT, "%.0f×", s));
        speed.setValue(paced.snapshot().speed());
        speed.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                paced.setSpeed(e.getValue());
            }
        });
        HorizontalLayout buttons = new HorizontalLayout(pauseResume, step, stop, speed);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span label = new Span(getTranslation("run.clock"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        getContent().add(label, clock, scenarioTime, status, buttons);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        show(paced.snapshot());
    }

    private void toggle() {
        if (paced.snapshot().status() == RunStatus.RUNNING) {
            paced.pause();
        } else {
            paced.resume();
        }
    }

    void show(RunSnapshot s) {
        clock.setText(org.drillgrid.ui.time.SimTime.clock(s.now()) + " " + getTranslation("run.of") + " " + org.drillgrid.ui.time.SimTime.clock(s.until()));
        if (start != null) {
            scenarioTime.setText(getTranslation("run.scenarioTime", WALL.format(start.plusSeconds(s.now()))));
        }
        String text = getTranslation("run.status") + ": " + getTranslation("status." + s.status().name());
        if (s.status() == RunStatus.FAILED) {
            text += " — " + getTranslation("run.failed", s.failure());
        }
        status.setText(text);
        boolean over = s.status() == RunStatus.FINISHED || s.status() == RunStatus.FAILED;
        pauseResume.setText(getTranslation(s.status() == RunStatus.RUNNING ? "run.pause" : "run.resume"));
        pauseResume.setEnabled(!over);
        step.setEnabled(s.status() == RunStatus.PAUSED);
        stop.setEnabled(!over);
        speed.setEnabled(!over);
    }

}
