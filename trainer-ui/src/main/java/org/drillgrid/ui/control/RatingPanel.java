package org.drillgrid.ui.control;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Predicate;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.model.drill.Objective;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;

/**
 * Observer notes: a P/S/M/U rating of an objective and/or an inject with a note, and the ratings given so
 * far in this exercise. The console stamps and stores them ({@code SessionService.rate}).
 */
final class RatingPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    /** What the form holds: the sim time and who are added by the console. */
    record Draft(String objective, String inject, Rating rating, String note) {
    }

    final ComboBox<Objective> objective = new ComboBox<>();
    final ComboBox<Inject> inject = new ComboBox<>();
    final RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    private final Span error = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private final Paragraph none = new Paragraph();
    private final transient Drill drill;
    private final transient Describer describer;

    RatingPanel(Drill drill, Describer describer, Predicate<Draft> save) {
        this.drill = drill;
        this.describer = describer;
        objective.setId("rating-objective");
        objective.setLabel(getTranslation("control.rating.objective"));
        objective.setItems(drill.objectivesOrEmpty());
        objective.setItemLabelGenerator(o -> o.name() == null ? o.id() : o.name().in(getLocale()));
        objective.setClearButtonVisible(true);
        inject.setId("rating-inject");
        inject.setLabel(getTranslation("control.rating.inject"));
        inject.setItems(drill.injectsOrEmpty());
        inject.setItemLabelGenerator(i -> describer.inject(i.id()));
        inject.setClearButtonVisible(true);
        rating.setId("rating-value");
        rating.setLabel(getTranslation("control.rating.value"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation("control.rating." + r.name()));
        note.setId("rating-note");
        note.setLabel(getTranslation("control.rating.note"));
        note.setMaxLength(4000);
        note.setWidthFull();
        error.setId("rating-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("control.rating.save"), e -> {
            Draft d = read();
            if (d != null && save.test(d)) {
                note.clear();
                rating.clear();
            }
        });
        send.setId("rating-save");
        HorizontalLayout pick = new HorizontalLayout(objective, inject);
        pick.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout actions = new HorizontalLayout(send, error);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.setId("ratings");
        list.setPadding(false);
        list.setSpacing(false);
        none.setText(getTranslation("control.rating.none"));
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("control.ratings")), pick, rating, note, actions, none, list);
    }

    /** The form's rating, or null with the field named in the error line. */
    private Draft read() {
        error.setText("");
        objective.setInvalid(false);
        rating.setInvalid(false);
        if (objective.getValue() == null && inject.getValue() == null) {
            return fail(getTranslation("control.rating.error.target"), () -> objective.setInvalid(true));
        }
        if (rating.getValue() == null) {
            return fail(getTranslation("control.rating.error.value"), () -> rating.setInvalid(true));
        }
        String text = note.getValue() == null || note.getValue().isBlank() ? null : note.getValue().strip();
        return new Draft(objective.getValue() == null ? null : objective.getValue().id(),
                inject.getValue() == null ? null : inject.getValue().id(), rating.getValue(), text);
    }

    private Draft fail(String message, Runnable mark) {
        error.setText(message);
        mark.run();
        return null;
    }

    /** Shows the ratings given so far, in the order they were given. */
    void show(List<ObserverRating> ratings) {
        list.removeAll();
        none.setVisible(ratings.isEmpty());
        for (ObserverRating r : ratings) {
            String what = r.objective() == null ? "" : drill.objectivesOrEmpty().stream()
                    .filter(o -> o.id().equals(r.objective())).findFirst()
                    .map(o -> o.name() == null ? o.id() : o.name().in(getLocale())).orElse(r.objective());
            if (r.inject() != null) {
                what += (what.isEmpty() ? "" : " · ") + describer.inject(r.inject());
            }
            Div d = new Div(new Span(getTranslation("control.rating.line", describer.when(r.t() == null ? 0 : r.t()),
                    r.rating() == null ? "" : r.rating().name(), what, r.by() == null ? "" : r.by(),
                    r.note() == null ? "" : r.note())));
            d.addClassName("rating");
            d.getStyle().set("font-size", "var(--lumo-font-size-s)");
            list.add(d);
        }
    }
}
