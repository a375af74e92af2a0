package org.drillgrid.ui.control;

import static org.drillgrid.ui.Layouts.row;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.SimDuration;

/**
 * An inject that is not in the script: a message in Chinese and/or English to some positions (or all),
 * through a channel, with an optional effect on the world (extra rain, a levee breach when the flood has
 * levees, an outage, a road collapse, a lost shelter). Bad input is refused here with a message naming the
 * field; what parses goes to the engine, which refuses what it cannot apply with its own reason.
 */
public final class AdHocInjectForm extends Composite<VerticalLayout> implements HasEnabled {

    private static final long serialVersionUID = 1L;
    static final List<String> CHANNELS = List.of("report", "phone", "radio", "fax");
    /** Heavier rain than this is no storm on Earth (the world record hour is about 400 mm). */
    static final double MAX_RAIN_MM_PER_HOUR = 1000;

    private final int cols;
    private final int rows;
    private final transient Predicate<Inject> submit;
    final TextArea zh = new TextArea();
    final TextArea en = new TextArea();
    final MultiSelectComboBox<String> audience = new MultiSelectComboBox<>();
    final Select<String> channel = new Select<>();
    final Select<String> effect = new Select<>();
    final NumberField rain = new NumberField();
    final NumberField magnitude = new NumberField();
    final TextField duration = new TextField();
    final Select<String> levee = new Select<>();
    final NumberField breachTo = new NumberField();
    final TextField breachOver = new TextField();
    final Select<String> outageKind = new Select<>();
    final ComboBox<Place> place = new ComboBox<>();
    final TextField cell = new TextField();
    final IntegerField radius = new IntegerField();
    final Select<String> shelter = new Select<>();
    private final Span error = new Span();
    /** The area {@link #fill} showed in the cell and radius fields, kept while they still show it. */
    private transient AreaRef filledArea;
    private String filledCell;
    private Integer filledRadius;

    /**
     * @param submit takes a checked inject; true when it was taken (the message fields are then cleared). The
     *               designer's script editor uses the same form with its own trigger fields around it.
     */
    public AdHocInjectForm(Scenario scenario, Predicate<Inject> submit) {
        this(scenario, submit, "control.adhoc", "control.adhoc.send");
    }

    /** As above, with the heading's and the button's translation keys. */
    public AdHocInjectForm(Scenario scenario, Predicate<Inject> submit, String headingKey, String buttonKey) {
        this.cols = scenario.grid().cols();
        this.rows = scenario.grid().rows();
        this.submit = submit;
        zh.setId("adhoc-zh");
        zh.setLabel(getTranslation("control.adhoc.zh"));
        en.setId("adhoc-en");
        en.setLabel(getTranslation("control.adhoc.en"));
        for (TextArea t : List.of(zh, en)) {
            t.setMaxLength(2000);
            t.setWidthFull();
        }
        audience.setId("adhoc-audience");
        audience.setLabel(getTranslation("control.adhoc.audience"));
        audience.setHelperText(getTranslation("control.adhoc.audience.help"));
        audience.setItems(Positions.TASK_GROUPS);
        audience.setItemLabelGenerator(p -> getTranslation("position." + p));
        audience.setWidthFull();
        channel.setId("adhoc-channel");
        channel.setLabel(getTranslation("control.adhoc.channel"));
        channel.setItems(CHANNELS);
        channel.setItemLabelGenerator(c -> getTranslation("control.channel." + c));
        channel.setValue("report");
        effects(scenario);
        error.setId("adhoc-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation(buttonKey), e -> send());
        send.setId("adhoc-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation(headingKey)), zh, en, row(audience), row(channel, effect),
                row(rain, duration), row(levee, breachTo, breachOver), row(outageKind, shelter, magnitude),
                row(place, cell, radius), row(send, error));
        showEffectFields();
    }

    private void effects(Scenario scenario) {
        List<String> kinds = new ArrayList<>(List.of("none"));
        boolean flood = scenario.hazardsOrEmpty().stream().anyMatch(FloodSpec.class::isInstance);
        if (flood) {
            kinds.add("rain");
        }
        List<String> levees = scenario.hazardsOrEmpty().stream().filter(FloodSpec.class::isInstance)
                .map(FloodSpec.class::cast).flatMap(f -> f.leveesOrEmpty().stream()).map(FloodSpec.Levee::id).toList();
        if (!levees.isEmpty()) {
            kinds.add("breach");
        }
        if (scenario.hazardsOrEmpty().stream().anyMatch(org.drillgrid.model.hazard.QuakeSpec.class::isInstance)) {
            kinds.add("aftershock");
        }
        if (scenario.hazardsOrEmpty().stream().anyMatch(org.drillgrid.model.hazard.FireSpec.class::isInstance)) {
            kinds.add("ignition");
        }
        kinds.addAll(List.of("outage", "road-collapse", "shelter-lost"));
        magnitude.setId("adhoc-magnitude");
        magnitude.setLabel(getTranslation("control.adhoc.magnitude"));
        magnitude.setMin(3);
        magnitude.setMax(9);
        magnitude.setStep(0.1);
        effect.setId("adhoc-effect");
        effect.setLabel(getTranslation("control.adhoc.effect"));
        effect.setItems(kinds);
        effect.setItemLabelGenerator(k -> getTranslation("control.effect." + k));
        effect.setValue("none");
        effect.addValueChangeListener(e -> showEffectFields());
        rain.setId("adhoc-rain");
        rain.setLabel(getTranslation("control.adhoc.rain"));
        rain.setHelperText(getTranslation("control.adhoc.rain.help"));
        duration.setId("adhoc-duration");
        duration.setLabel(getTranslation("control.adhoc.duration"));
        duration.setPlaceholder("2h");
        levee.setId("adhoc-levee");
        levee.setLabel(getTranslation("control.adhoc.levee"));
        levee.setItems(levees);
        breachTo.setId("adhoc-breach-to");
        breachTo.setLabel(getTranslation("control.adhoc.breachTo"));
        breachOver.setId("adhoc-breach-over");
        breachOver.setLabel(getTranslation("control.adhoc.breachOver"));
        breachOver.setPlaceholder("30m");
        outageKind.setId("adhoc-outage-kind");
        outageKind.setLabel(getTranslation("control.adhoc.outageKind"));
        outageKind.setItems("power", "network", "road");
        outageKind.setItemLabelGenerator(k -> getTranslation("control.outage." + k));
        place.setId("adhoc-place");
        place.setLabel(getTranslation("control.adhoc.place"));
        place.setItems(scenario.drillOrEmpty().placesOrEmpty());
        place.setItemLabelGenerator(p -> p.name() == null ? p.id() : p.name().in(getLocale()));
        place.setClearButtonVisible(true);
        cell.setId("adhoc-cell");
        cell.setLabel(getTranslation("control.adhoc.cell"));
        cell.setHelperText(getTranslation("control.adhoc.cell.help"));
        cell.setPlaceholder("col, row");
        radius.setId("adhoc-radius");
        radius.setLabel(getTranslation("control.adhoc.radius"));
        radius.setValue(2);
        radius.setMin(0);
        shelter.setId("adhoc-shelter");
        shelter.setLabel(getTranslation("control.adhoc.shelter"));
        shelter.setItems(scenario.forcesOrNone().sheltersOrEmpty().stream().map(Shelter::id).toList());
        shelter.setItemLabelGenerator(id -> scenario.forcesOrNone().sheltersOrEmpty().stream()
                .filter(s -> s.id().equals(id)).findFirst()
                .map(s -> s.name() == null ? id : s.name().in(getLocale())).orElse(id));
    }


    private void showEffectFields() {
        String k = effect.getValue();
        rain.setVisible("rain".equals(k));
        duration.setVisible("rain".equals(k) || "outage".equals(k));
        levee.setVisible("breach".equals(k));
        breachTo.setVisible("breach".equals(k));
        breachOver.setVisible("breach".equals(k));
        outageKind.setVisible("outage".equals(k));
        shelter.setVisible("shelter-lost".equals(k));
        magnitude.setVisible("aftershock".equals(k));
        boolean area = "outage".equals(k) || "road-collapse".equals(k) || "aftershock".equals(k) || "ignition".equals(k);
        place.setVisible(area);
        radius.setVisible(area);
    }

    /**
     * The form's fields by the part of an inject they set, relative to the inject's JSON path ({@code message},
     * {@code effect.mmPerHour}, ...), so that a script editor can show the validator's messages at them.
     */
    public java.util.Map<HasValidation, String> fieldsByPath() {
        java.util.Map<HasValidation, String> m = new java.util.LinkedHashMap<>();
        m.put(zh, "message");
        m.put(audience, "audience");
        m.put(channel, "channel");
        m.put(effect, "effect");
        m.put(rain, "effect.mmPerHour");
        m.put(duration, "effect.duration");
        m.put(levee, "effect.levee");
        m.put(breachTo, "effect.to");
        m.put(breachOver, "effect.over");
        m.put(outageKind, "effect.kind");
        m.put(magnitude, "effect.magnitude");
        m.put(shelter, "effect.shelter");
        m.put(cell, "effect.area");
        return m;
    }

    /** Writes the message fields (as a user would). */
    public void setMessage(String chinese, String english) {
        zh.setValue(chinese == null ? "" : chinese);
        en.setValue(english == null ? "" : english);
    }

    /** Shows an inject's message, audience, channel and effect, to be edited. */
    public void fill(Inject inj) {
        filledArea = null;
        LocalizedText m = inj.message();
        zh.setValue(m == null || m.zh() == null ? "" : m.zh());
        en.setValue(m == null || m.en() == null ? "" : m.en());
        audience.setValue(new java.util.LinkedHashSet<>(inj.audienceOrEmpty()));
        channel.setValue(inj.channelOrDefault());
        Effect fx = inj.effect();
        effect.setValue(fx == null ? "none" : org.drillgrid.model.json.Json.typeName(Effect.class, fx));
        if (fx instanceof Effect.Rain r) {
            rain.setValue(r.mmPerHour());
            duration.setValue(r.duration() == null ? "" : r.duration().toString());
        } else if (fx instanceof Effect.Breach b) {
            levee.setValue(b.levee());
            breachTo.setValue(b.to());
            breachOver.setValue(b.over() == null ? "" : b.over().toString());
        } else if (fx instanceof Effect.Outage o) {
            outageKind.setValue(o.kind());
            duration.setValue(o.duration() == null ? "" : o.duration().toString());
            fillArea(o.area());
        } else if (fx instanceof Effect.RoadCollapse rc) {
            fillArea(rc.area());
        } else if (fx instanceof Effect.Aftershock a) {
            magnitude.setValue(a.magnitude());
            fillArea(a.at());
        } else if (fx instanceof Effect.Ignition ig) {
            fillArea(ig.at());
        } else if (fx instanceof Effect.ShelterLost sl) {
            shelter.setValue(sl.shelter());
        }
        showEffectFields();
    }

    private void fillArea(AreaRef area) {
        place.clear();
        if (area == null) {
            return;
        }
        if (area.place() != null) {
            place.getListDataView().getItems().filter(p -> p.id().equals(area.place())).findFirst()
                    .ifPresent(place::setValue);
        } else if (area.cells() != null && area.cells().size() == 4) {
            List<Integer> c = area.cells();
            int r = (c.get(2) - c.get(0)) / 2;
            cell.setValue((c.get(0) + r) + ", " + (c.get(1) + (c.get(3) - c.get(1)) / 2));
            radius.setValue(r);
        }
        if (place.getValue() == null) { // a shelter or depot, or a rectangle that is no square around a cell
            filledArea = area;
            filledCell = cell.getValue();
            filledRadius = radius.getValue();
        }
    }

    /** Fills the cell from a click on the map. */
    public void setCell(CellRef c) {
        cell.setValue(c.col() + ", " + c.row());
        cell.setInvalid(false);
    }

    /** Checks the form; hands a valid inject to the console and clears the message once it was taken. Public for the script editor and tests. */
    public void send() {
        error.setText("");
        for (HasValidation f : List.of(zh, rain, duration, levee, breachOver, outageKind, cell, radius, shelter,
                magnitude)) {
            f.setInvalid(false);
        }
        try {
            Inject inj = read();
            if (submit.test(inj)) {
                zh.clear();
                en.clear();
            }
        } catch (FieldProblem p) {
            p.field.setErrorMessage(p.getMessage());
            p.field.setInvalid(true);
            error.setText(p.getMessage());
        }
    }

    private Inject read() {
        String z = blankToNull(zh.getValue());
        String e = blankToNull(en.getValue());
        if (z == null && e == null) {
            throw problem(zh, "control.adhoc.error.message");
        }
        String id = "adhoc-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> to = audience.getValue().stream().sorted(
                java.util.Comparator.comparingInt(Positions.TASK_GROUPS::indexOf)).toList();
        return new Inject(id, null, null, null, null, to.isEmpty() ? null : to, channel.getValue(),
                new LocalizedText(z, e), effect(), null);
    }

    private Effect effect() {
        String k = effect.getValue();
        if (k == null || k.equals("none")) {
            return null;
        }
        return switch (k) {
            case "rain" -> {
                Double mm = rain.getValue();
                if (mm == null || !(mm > 0) || mm > MAX_RAIN_MM_PER_HOUR) {
                    throw problem(rain, "control.adhoc.error.rain", MAX_RAIN_MM_PER_HOUR);
                }
                yield new Effect.Rain(mm, requiredDuration(duration));
            }
            case "breach" -> {
                if (levee.getValue() == null) {
                    throw problem(levee, "control.adhoc.error.levee");
                }
                yield new Effect.Breach(levee.getValue(), breachTo.getValue(), optionalDuration(breachOver));
            }
            case "outage" -> {
                if (outageKind.getValue() == null) {
                    throw problem(outageKind, "control.adhoc.error.outageKind");
                }
                yield new Effect.Outage(outageKind.getValue(), area(), optionalDuration(duration));
            }
            case "road-collapse" -> new Effect.RoadCollapse(area());
            case "aftershock" -> {
                Double m = magnitude.getValue();
                if (m == null || !(m >= 3 && m <= 9)) {
                    throw problem(magnitude, "control.adhoc.error.magnitude");
                }
                yield new Effect.Aftershock(area(), m);
            }
            case "ignition" -> new Effect.Ignition(area());
            case "shelter-lost" -> {
                if (shelter.getValue() == null) {
                    throw problem(shelter, "control.adhoc.error.shelter");
                }
                yield new Effect.ShelterLost(shelter.getValue());
            }
            default -> throw new IllegalStateException("unknown effect " + k);
        };
    }

    /** A named place, else the square of {@code radius} cells around the cell, cut to the grid. */
    private AreaRef area() {
        if (place.getValue() != null) {
            return AreaRef.place(place.getValue().id());
        }
        if (filledArea != null && cell.getValue().equals(filledCell) && java.util.Objects.equals(radius.getValue(), filledRadius)) {
            return filledArea; // as the inject had it
        }
        CellRef c = parseCell();
        Integer r = radius.getValue();
        if (r == null || r < 0 || r > Math.max(cols, rows)) {
            throw problem(radius, "control.adhoc.error.radius", Math.max(cols, rows));
        }
        return AreaRef.cells(Math.max(0, c.col() - r), Math.max(0, c.row() - r), Math.min(cols - 1, c.col() + r),
                Math.min(rows - 1, c.row() + r));
    }

    private CellRef parseCell() {
        String[] parts = cell.getValue().strip().split("[,\\s]+");
        try {
            if (parts.length == 2) {
                int c = Integer.parseInt(parts[0]);
                int r = Integer.parseInt(parts[1]);
                if (c >= 0 && c < cols && r >= 0 && r < rows) {
                    return new CellRef(c, r);
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the grid's size
        }
        throw problem(cell, "control.adhoc.error.cell", cols - 1, rows - 1);
    }

    private SimDuration requiredDuration(TextField field) {
        SimDuration d = optionalDuration(field);
        if (d == null || d.seconds() <= 0) {
            throw problem(field, "control.adhoc.error.duration");
        }
        return d;
    }

    private SimDuration optionalDuration(TextField field) {
        if (field.getValue().isBlank()) {
            return null;
        }
        SimDuration d = SimDuration.parse(field.getValue()).orElse(null);
        if (d == null || d.seconds() <= 0) {
            throw problem(field, "control.adhoc.error.duration");
        }
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private FieldProblem problem(HasValidation field, String key, Object... params) {
        return new FieldProblem(field, getTranslation(key, params));
    }

    /** A field's value refused, with the translated reason (which names the field). */
    private static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HasValidation field;

        FieldProblem(HasValidation field, String message) {
            super(message);
            this.field = field;
        }
    }
}
