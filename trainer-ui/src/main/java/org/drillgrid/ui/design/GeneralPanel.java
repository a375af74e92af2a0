package org.drillgrid.ui.design;

import static org.drillgrid.ui.Layouts.row;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;

/**
 * Names, description, start, duration, time step, seed and the plan's targets of the draft, and the grid's
 * coordinate system (chosen from the supported ones, with a search; needed to place longitude/latitude data).
 */
final class GeneralPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> PACKS = List.of("none", "xinyang", "xinzheng");

    private final transient Draft draft;
    private final FieldErrors errors = new FieldErrors();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final TextArea descZh = new TextArea();
    final TextArea descEn = new TextArea();
    final TextField start = new TextField();
    final TextField duration = new TextField();
    final TextField timeStep = new TextField();
    final TextField seed = new TextField();
    final Select<String> pack = new Select<>();
    final NumberField reliefHours = new NumberField();
    final NumberField warningCoverage = new NumberField();
    private final Paragraph grid = new Paragraph();
    final ComboBox<String> crs = new ComboBox<>();
    private boolean updating;

    GeneralPanel(Draft draft) {
        this.draft = draft;
        field(nameZh, "general-name-zh", "design.general.nameZh", "$.name");
        field(nameEn, "general-name-en", "design.general.nameEn", "$.name");
        field(descZh, "general-desc-zh", "design.general.descZh", "$.description");
        field(descEn, "general-desc-en", "design.general.descEn", "$.description");
        field(start, "general-start", "design.general.start", "$.start");
        start.setPlaceholder("2021-07-20T06:00:00+08:00");
        start.setWidth("20em");
        field(duration, "general-duration", "design.general.duration", "$.duration");
        duration.setPlaceholder("24h");
        field(timeStep, "general-time-step", "design.general.timeStep", "$.timeStep");
        timeStep.setPlaceholder("60s");
        field(seed, "general-seed", "design.general.seed", "$.seed");
        pack.setId("general-pack");
        pack.setLabel(getTranslation("design.general.pack"));
        pack.setItems(PACKS);
        pack.setItemLabelGenerator(p -> getTranslation("design.general.pack." + p));
        pack.addValueChangeListener(e -> apply());
        errors.bind(pack, "$.drill.targets.pack");
        field(reliefHours, "general-relief-hours", "design.general.reliefHours", "$.drill.targets.reliefHours");
        reliefHours.setHelperText(getTranslation("design.general.fromPack"));
        field(warningCoverage, "general-warning-coverage", "design.general.warningCoverage", "$.drill.targets.warningCoverage");
        warningCoverage.setHelperText(getTranslation("design.general.fromPack"));
        descZh.setWidthFull();
        descEn.setWidthFull();
        grid.setId("general-grid");
        crs.setId("general-crs");
        crs.setLabel(getTranslation("design.general.crs"));
        crs.setHelperText(getTranslation("design.general.crs.help"));
        crs.setPlaceholder(getTranslation("design.general.crs.none"));
        crs.setWidth("34em");
        crs.setItemLabelGenerator(c -> CrsChoices.of(c).label());
        crs.setItems(CrsChoices::matches, CrsChoices.all().stream().map(CrsChoices.Crs::code).toList());
        crs.setClearButtonVisible(true);
        crs.addValueChangeListener(e -> {
            if (!updating) {
                String code = e.getValue();
                draft.edit(doc -> Edits.withCrs(doc, code == null || code.isBlank() ? null : code));
            }
        });
        errors.bind(crs, "$.grid.crs");
        add(row(nameZh, nameEn), descZh, descEn, row(start, duration, timeStep, seed),
                row(pack, reliefHours, warningCoverage), crs, grid);
        setPadding(false);
        load();
    }

    private void field(com.vaadin.flow.component.Component f, String id, String label, String path) {
        f.setId(id);
        ((com.vaadin.flow.component.HasLabel) f).setLabel(getTranslation(label));
        ((HasValue<?, ?>) f).addValueChangeListener(e -> apply());
        errors.bind((com.vaadin.flow.component.HasValidation) f, path);
    }


    /** Shows the document's values in the fields. */
    private void load() {
        updating = true;
        try {
            Scenario s = draft.doc();
            set(nameZh, s.name() == null ? null : s.name().zh());
            set(nameEn, s.name() == null ? null : s.name().en());
            set(descZh, s.description() == null ? null : s.description().zh());
            set(descEn, s.description() == null ? null : s.description().en());
            set(start, s.start());
            set(duration, s.duration() == null ? null : s.duration().toString());
            set(timeStep, s.timeStep() == null ? null : s.timeStep().toString());
            set(seed, s.seed() == null ? null : s.seed().toString());
            Targets t = s.drillOrEmpty().targets();
            pack.setValue(t == null || t.pack() == null ? "none" : t.pack());
            reliefHours.setValue(t == null ? null : t.reliefHours());
            warningCoverage.setValue(t == null ? null : t.warningCoverage());
            var g = s.grid();
            if (g.crs() != null && CrsChoices.all().stream().noneMatch(c -> c.code().equals(g.crs()))) {
                // a code the list does not offer (an imported document): shown, kept, not offered to others
                crs.setItems(CrsChoices::matches, java.util.stream.Stream.concat(java.util.stream.Stream.of(g.crs()),
                        CrsChoices.all().stream().map(CrsChoices.Crs::code)).toList());
            }
            crs.setValue(g.crs());
            grid.setText(getTranslation("design.general.grid", g.cols(), g.rows(), g.cellSize(),
                    g.originXOrZero(), g.originYOrZero(), g.crs() == null ? "-" : g.crs()));
        } finally {
            updating = false;
        }
    }

    private static void set(HasValue<?, String> f, String v) {
        f.setValue(v == null ? "" : v);
    }

    /** Reads the fields into the document; fields that do not parse are marked and left out. */
    void apply() {
        if (updating) {
            return;
        }
        SimDuration dur = duration(duration);
        SimDuration step = duration(timeStep);
        Long seedValue = null;
        if (!seed.getValue().isBlank()) {
            try {
                seedValue = Long.parseLong(seed.getValue().strip());
            } catch (NumberFormatException e) {
                seed.setErrorMessage(getTranslation("design.error.seed"));
                seed.setInvalid(true);
                return;
            }
        }
        if ((dur == null && !duration.getValue().isBlank()) || (step == null && !timeStep.getValue().isBlank())) {
            return;
        }
        LocalizedText name = text(nameZh.getValue(), nameEn.getValue());
        LocalizedText desc = text(descZh.getValue(), descEn.getValue());
        String startValue = blank(start.getValue());
        Long s = seedValue;
        String p = pack.getValue() == null || pack.getValue().equals("none") ? null : pack.getValue();
        Targets all = new Targets(p, reliefHours.getValue(), warningCoverage.getValue(), keep(t -> t.deathsPerMillion()),
                keep(t -> t.affectedPer100k()));
        Targets targets = all.equals(Targets.NONE) ? null : all;
        draft.edit(doc -> {
            Scenario next = Edits.withTiming(Edits.withText(doc, name, desc), startValue, s, step, dur);
            var d = Edits.targets(Edits.drill(next.drill()), targets);
            return Edits.withDrill(next, DrillPanel.emptyToNull(d));
        });
    }

    private Double keep(java.util.function.Function<Targets, Double> part) {
        Targets t = draft.doc().drillOrEmpty().targets();
        return t == null ? null : part.apply(t);
    }

    private SimDuration duration(TextField f) {
        if (f.getValue().isBlank()) {
            return null;
        }
        SimDuration d = SimDuration.parse(f.getValue().strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (d == null) {
            f.setErrorMessage(getTranslation("design.error.duration"));
            f.setInvalid(true);
        }
        return d;
    }

    static LocalizedText text(String zh, String en) {
        String z = blank(zh);
        String e = blank(en);
        if (z == null && e == null) {
            return null;
        }
        return new LocalizedText(z, e);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void show(List<Violation> problems) {
        errors.show(problems);
    }
}
