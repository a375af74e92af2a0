package org.drillgrid.ui.design;

import static org.drillgrid.ui.Layouts.row;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.drill.Criterion;
import org.drillgrid.model.drill.Expectation;
import org.drillgrid.model.drill.Objective;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.ui.control.AdHocInjectForm;

/**
 * The drill script: objectives with their evaluation criteria, and injects with a trigger (a time, another
 * inject and a delay, or a condition of the world), their message, audience, channel and effect, and the
 * actions the trainees are expected to take. The validator's messages show at the fields they concern.
 */
final class DrillPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> TRIGGERS = List.of("at", "after", "when");
    static final List<String> CONDITIONS = List.of("water-depth", "depot-stock", "people-trapped", "deaths",
            "shelter-occupancy", "rain-rate", "fire-near");
    static final List<String> ORDERS = List.of("warn", "evacuate", "open-shelter", "close-shelter", "close-road",
            "dispatch-team", "request-reinforcement", "dispatch-materials", "call-reserve", "set-response-level",
            "five-stops", "restore-comms");

    private final transient Draft draft;
    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors objectiveErrors = new FieldErrors();
    private transient org.drillgrid.model.scenario.Scenario shown;
    private transient String selectedInject;
    private transient String selectedObjective;

    final Grid<Inject> injects = new Grid<>();
    final TextField injectId = new TextField();
    final Select<String> trigger = new Select<>();
    final TextField at = new TextField();
    final Select<String> after = new Select<>();
    final TextField delay = new TextField();
    final Select<String> condition = new Select<>();
    final Select<String> condPlace = new Select<>();
    final Select<String> condTarget = new Select<>();
    final TextField condItem = new TextField();
    final NumberField condValue = new NumberField();
    final MultiSelectComboBox<String> expectOrders = new MultiSelectComboBox<>();
    final TextField expectWithin = new TextField();
    final Span injectProblems = new Span();
    private final VerticalLayout injectEditor = new VerticalLayout();
    private transient AdHocInjectForm body;
    /** The area of the condition shown when it is cells, which the place field cannot show; kept on apply. */
    private transient AreaRef conditionCells;

    final Grid<Objective> objectives = new Grid<>();
    final TextField objectiveId = new TextField();
    final TextField objectiveZh = new TextField();
    final TextField objectiveEn = new TextField();
    final Select<String> kpi = new Select<>();
    final NumberField atLeast = new NumberField();
    final NumberField atMost = new NumberField();
    final MultiSelectComboBox<String> criterionInjects = new MultiSelectComboBox<>();
    private final VerticalLayout objectiveEditor = new VerticalLayout();

    DrillPanel(Draft draft) {
        this.draft = draft;
        setPadding(false);
        buildInjects();
        buildObjectives();
        refresh();
    }

    /** A drill with nothing in it is no drill: null, so the saved document has none. */
    static Drill emptyToNull(Drill d) {
        return d == null || d.equals(new Drill(null, null, null, null, null, null)) ? null : d;
    }


    private void buildInjects() {
        injects.setId("injects");
        injects.addColumn(Inject::id).setHeader(getTranslation("design.col.id")).setAutoWidth(true);
        injects.addColumn(this::triggerText).setHeader(getTranslation("design.inject.trigger")).setAutoWidth(true);
        injects.addColumn(i -> String.join(", ", i.audienceOrEmpty())).setHeader(getTranslation("design.inject.audience")).setAutoWidth(true);
        injects.addColumn(i -> i.message() == null ? "" : i.message().in(getLocale())).setHeader(getTranslation("design.inject.message")).setFlexGrow(1);
        injects.setHeight("16em");
        injects.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                selectInject(e.getValue());
            }
        });
        Button add = new Button(getTranslation("design.inject.new"), e -> newInject());
        add.setId("inject-new");
        injectId.setId("inject-id");
        injectId.setLabel(getTranslation("design.col.id"));
        trigger.setId("inject-trigger");
        trigger.setLabel(getTranslation("design.inject.trigger"));
        trigger.setItems(TRIGGERS);
        trigger.setItemLabelGenerator(t -> getTranslation("design.inject.trigger." + t));
        trigger.addValueChangeListener(e -> showTriggerFields());
        at.setId("inject-at");
        at.setLabel(getTranslation("design.inject.at"));
        at.setPlaceholder("2h");
        after.setId("inject-after");
        after.setLabel(getTranslation("design.inject.after"));
        delay.setId("inject-delay");
        delay.setLabel(getTranslation("design.inject.delay"));
        delay.setPlaceholder("30m");
        condition.setId("inject-condition");
        condition.setLabel(getTranslation("design.inject.condition"));
        condition.setItems(CONDITIONS);
        condition.setItemLabelGenerator(c -> getTranslation("design.condition." + c));
        condition.addValueChangeListener(e -> showTriggerFields());
        condPlace.setId("inject-cond-place");
        condPlace.setLabel(getTranslation("design.inject.place"));
        condTarget.setId("inject-cond-target");
        condTarget.setLabel(getTranslation("design.inject.target"));
        condItem.setId("inject-cond-item");
        condItem.setLabel(getTranslation("design.inject.item"));
        condValue.setId("inject-cond-value");
        condValue.setLabel(getTranslation("design.inject.threshold"));
        expectOrders.setId("inject-expect");
        expectOrders.setLabel(getTranslation("design.inject.expect"));
        expectOrders.setItems(ORDERS);
        expectOrders.setItemLabelGenerator(o -> getTranslation("design.order." + o));
        expectOrders.setWidth("26em");
        expectWithin.setId("inject-expect-within");
        expectWithin.setLabel(getTranslation("design.inject.within"));
        expectWithin.setPlaceholder("1h");
        injectProblems.setId("inject-problems");
        injectProblems.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        Button delete = new Button(getTranslation("design.delete"), e -> deleteInject());
        delete.setId("inject-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        injectEditor.setPadding(false);
        injectEditor.setVisible(false);
        injectEditor.add(row(injectId, trigger, at, after, delay), row(condition, condPlace, condTarget, condItem, condValue),
                row(expectOrders, expectWithin), injectProblems);
        injectEditor.add(delete);
        add(new H3(getTranslation("design.injects")), new Paragraph(getTranslation("design.injects.help")),
                row(add), injects, injectEditor);
    }

    private void buildObjectives() {
        objectives.setId("objectives");
        objectives.addColumn(Objective::id).setHeader(getTranslation("design.col.id")).setAutoWidth(true);
        objectives.addColumn(o -> o.name() == null ? "" : o.name().in(getLocale())).setHeader(getTranslation("design.col.name")).setFlexGrow(1);
        objectives.addColumn(o -> String.join("; ", o.criteriaOrEmpty().stream().map(this::criterionText).toList()))
                .setHeader(getTranslation("design.objective.criteria")).setFlexGrow(1);
        objectives.setAllRowsVisible(true);
        objectives.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                selectObjective(e.getValue());
            }
        });
        Button add = new Button(getTranslation("design.objective.new"), e -> newObjective());
        add.setId("objective-new");
        objectiveId.setId("objective-id");
        objectiveId.setLabel(getTranslation("design.col.id"));
        objectiveZh.setId("objective-zh");
        objectiveZh.setLabel(getTranslation("design.general.nameZh"));
        objectiveEn.setId("objective-en");
        objectiveEn.setLabel(getTranslation("design.general.nameEn"));
        kpi.setId("objective-kpi");
        kpi.setLabel(getTranslation("design.objective.kpi"));
        List<String> kpis = new ArrayList<>(List.of("none"));
        kpis.addAll(Criterion.KPIS);
        kpi.setItems(kpis);
        kpi.setItemLabelGenerator(k -> getTranslation("design.kpi." + k));
        atLeast.setId("objective-at-least");
        atLeast.setLabel(getTranslation("design.objective.atLeast"));
        atMost.setId("objective-at-most");
        atMost.setLabel(getTranslation("design.objective.atMost"));
        criterionInjects.setId("objective-injects");
        criterionInjects.setLabel(getTranslation("design.objective.injects"));
        criterionInjects.setWidth("24em");
        Button apply = new Button(getTranslation("design.apply"), e -> applyObjective());
        apply.setId("objective-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("design.delete"), e -> deleteObjective());
        delete.setId("objective-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        objectiveEditor.setPadding(false);
        objectiveEditor.setVisible(false);
        objectiveEditor.add(row(objectiveId, objectiveZh, objectiveEn), row(kpi, atLeast, atMost, criterionInjects),
                row(apply, delete));
        add(new H3(getTranslation("design.objectives")), row(add), objectives, objectiveEditor);
    }

    private String triggerText(Inject i) {
        if (i.at() != null) {
            return getTranslation("design.inject.trigger.at") + " " + i.at();
        }
        String cond = i.when() == null ? "" : getTranslation("design.condition." + Json.typeName(Condition.class, i.when()));
        if (i.after() != null) {
            return getTranslation("design.inject.trigger.after") + " " + i.after()
                    + (i.delay() == null ? "" : " +" + i.delay()) + (cond.isEmpty() ? "" : " · " + cond);
        }
        return cond;
    }

    private String criterionText(Criterion c) {
        if (c instanceof Criterion.Kpi k) {
            return getTranslation("design.kpi." + k.kpi()) + (k.atLeast() == null ? "" : " ≥ " + k.atLeast())
                    + (k.atMost() == null ? "" : " ≤ " + k.atMost());
        }
        if (c instanceof Criterion.Actions a) {
            return getTranslation("design.objective.actions") + " " + a.injects();
        }
        return getTranslation("design.objective.observer");
    }

    private void refresh() {
        shown = draft.doc();
        Drill d = draft.doc().drillOrEmpty();
        injects.setItems(d.injectsOrEmpty());
        objectives.setItems(d.objectivesOrEmpty());
        List<String> ids = d.injectsOrEmpty().stream().map(Inject::id).toList();
        criterionInjects.setItems(ids);
        List<String> places = new ArrayList<>(d.placesOrEmpty().stream().map(org.drillgrid.model.drill.Place::id).toList());
        condPlace.setItems(places);
        List<String> targets = new ArrayList<>();
        draft.doc().forcesOrNone().depotsOrEmpty().forEach(x -> targets.add(x.id()));
        draft.doc().forcesOrNone().sheltersOrEmpty().forEach(x -> targets.add(x.id()));
        condTarget.setItems(targets);
        d.inject(selectedInject).ifPresentOrElse(injects::select, () -> injectEditor.setVisible(false));
        d.objectivesOrEmpty().stream().filter(o -> o.id() != null && o.id().equals(selectedObjective)).findFirst()
                .ifPresentOrElse(objectives::select, () -> objectiveEditor.setVisible(false));
    }

    void newInject() {
        String id = Edits.freshId("inject", Edits.ids(draft.doc()));
        selectedInject = id;
        Inject fresh = new Inject(id, SimDuration.ofHours(1), null, null, null, null, null, null, null, null);
        draft.edit(s -> Edits.withDrill(s, Edits.injects(Edits.drill(s.drill()), Edits.append(s.drillOrEmpty().injects(), fresh))));
    }

    private void selectInject(Inject i) {
        selectedInject = i == null ? null : i.id();
        if (i == null) {
            injectEditor.setVisible(false);
            return;
        }
        fillInject(i);
    }

    /** Shows an inject in the editor (trigger fields, then the message/effect form of the console). */
    private void fillInject(Inject i) {
        injectEditor.setVisible(true);
        injectId.setValue(i.id() == null ? "" : i.id());
        trigger.setValue(i.at() != null ? "at" : i.after() != null ? "after" : i.when() != null ? "when" : "at");
        at.setValue(i.at() == null ? "" : i.at().toString());
        List<String> others = draft.doc().drillOrEmpty().injectsOrEmpty().stream().map(Inject::id)
                .filter(x -> !x.equals(i.id())).toList();
        after.setItems(others);
        after.setValue(i.after() != null && others.contains(i.after()) ? i.after() : null);
        delay.setValue(i.delay() == null ? "" : i.delay().toString());
        fillCondition(i.when());
        List<Expectation> ex = i.expectOrEmpty();
        expectOrders.setValue(new java.util.LinkedHashSet<>(ex.stream().map(Expectation::order).filter(ORDERS::contains).toList()));
        expectWithin.setValue(ex.isEmpty() || ex.get(0).within() == null ? "" : ex.get(0).within().toString());
        if (body != null) {
            injectEditor.remove(body);
        }
        body = new AdHocInjectForm(draft.doc(), this::applyInject, "design.inject.body", "design.inject.apply");
        body.setId("inject-body");
        body.fill(i);
        injectEditor.addComponentAtIndex(3, body);
        showTriggerFields();
        bindInjectErrors();
    }

    private void fillCondition(Condition c) {
        condition.setValue(c == null ? null : Json.typeName(Condition.class, c));
        condPlace.clear();
        condTarget.clear();
        condItem.clear();
        condValue.clear();
        conditionCells = null;
        if (c instanceof Condition.WaterDepth w) {
            place(w.at());
            condValue.setValue(w.above());
        } else if (c instanceof Condition.DepotStock ds) {
            condTarget.setValue(ds.depot());
            condItem.setValue(ds.item() == null ? "" : ds.item());
            condValue.setValue(ds.belowPercent());
        } else if (c instanceof Condition.PeopleTrapped pt) {
            place(pt.area());
            condValue.setValue(pt.atLeast() == null ? null : pt.atLeast().doubleValue());
        } else if (c instanceof Condition.Deaths dd) {
            condValue.setValue(dd.atLeast() == null ? null : dd.atLeast().doubleValue());
        } else if (c instanceof Condition.ShelterOccupancy so) {
            condTarget.setValue(so.shelter());
            condValue.setValue(so.abovePercent());
        } else if (c instanceof Condition.RainRate rr) {
            condValue.setValue(rr.above());
        } else if (c instanceof Condition.FireNear fn) {
            place(fn.at());
            condValue.setValue(fn.km());
        }
    }

    private void place(AreaRef a) {
        if (a != null && a.place() != null) {
            condPlace.setValue(a.place());
        } else if (a != null && a.cells() != null) {
            conditionCells = a;
        }
    }

    private void showTriggerFields() {
        String t = trigger.getValue();
        at.setVisible("at".equals(t));
        after.setVisible("after".equals(t));
        delay.setVisible("after".equals(t));
        condition.setVisible(!"at".equals(t));
        String c = condition.getValue();
        boolean cond = !"at".equals(t) && c != null;
        condPlace.setVisible(cond && List.of("water-depth", "people-trapped", "fire-near").contains(c));
        condTarget.setVisible(cond && List.of("depot-stock", "shelter-occupancy").contains(c));
        condItem.setVisible(cond && c.equals("depot-stock"));
        condValue.setVisible(cond);
    }

    private void bindInjectErrors() {
        errors.clear();
        int k = draft.doc().drillOrEmpty().injectsOrEmpty().stream().map(Inject::id).toList().indexOf(selectedInject);
        if (k < 0) {
            return;
        }
        String p = "$.drill.injects[" + k + "]";
        errors.bind(injectId, p + ".id");
        errors.bind(at, p + ".at");
        errors.bind(after, p + ".after");
        errors.bind(delay, p + ".delay");
        errors.bind(condition, p + ".when");
        errors.bind(expectOrders, p + ".expect");
        if (body != null) {
            body.fieldsByPath().forEach((field, suffix) -> errors.bind(field, p + "." + suffix));
        }
    }

    /** Takes the console form's checked message and effect, adds the trigger fields, and replaces the inject. */
    boolean applyInject(Inject fromForm) {
        if (selectedInject == null) {
            return false;
        }
        String old = selectedInject;
        SimDuration atValue = null;
        String afterValue = null;
        SimDuration delayValue = null;
        Condition when = null;
        String t = trigger.getValue();
        try {
            if ("at".equals(t)) {
                atValue = duration(at, true);
            } else {
                if ("after".equals(t)) {
                    afterValue = after.getValue();
                    delayValue = duration(delay, false);
                }
                when = condition();
            }
            SimDuration within = duration(expectWithin, false);
            List<Expectation> expect = expectations(old, within);
            String id = injectId.getValue().strip();
            if (!id.equals(old) && taken(injectId, id)) {
                return false;
            }
            Inject next = new Inject(id, atValue, when, afterValue, delayValue, fromForm.audience(), fromForm.channel(),
                    fromForm.message(), fromForm.effect(), expect.isEmpty() ? null : expect);
            selectedInject = id;
            draft.edit(s -> {
                Drill d = Edits.drill(s.drill());
                List<Inject> list = Edits.replace(d.injects(), x -> x.id().equals(old), x -> next);
                if (!id.equals(old)) { // keep references to it: injects that wait for it, objectives that count it
                    list = list.stream().map(x -> old.equals(x.after()) ? new Inject(x.id(), x.at(), x.when(), id, x.delay(),
                            x.audience(), x.channel(), x.message(), x.effect(), x.expect()) : x).toList();
                    d = Edits.objectives(d, d.objectivesOrEmpty().stream().map(o -> renamed(o, old, id)).toList());
                }
                return Edits.withDrill(s, Edits.injects(d, list));
            });
            return false; // keep the message in the form: it is the inject's, not a one-off
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether a rename would take an id the scenario already uses (marked at the field): the editors find
     * their inject or objective by id, so two of one id would edit the wrong one.
     */
    private boolean taken(TextField field, String id) {
        if (!Edits.ids(draft.doc()).contains(id)) {
            return false;
        }
        field.setErrorMessage(getTranslation("design.error.idTaken", id));
        field.setInvalid(true);
        return true;
    }

    /** The objective with inject {@code from} called {@code to} in its actions criteria. */
    private static Objective renamed(Objective o, String from, String to) {
        if (o == null || o.criteria() == null) {
            return o;
        }
        List<Criterion> criteria = o.criteria().stream().map(c -> c instanceof Criterion.Actions a && a.injects() != null
                && a.injects().contains(from) ? new Criterion.Actions(a.injects().stream().map(x -> from.equals(x) ? to : x).toList())
                : c).toList();
        return new Objective(o.id(), o.name(), o.capabilities(), criteria);
    }

    /**
     * The expected actions of the orders chosen: those the inject had keep their target, and their own times
     * while the time field still shows the first one's; new orders are added with the time in the field.
     */
    private List<Expectation> expectations(String injectId, SimDuration within) {
        List<Expectation> had = draft.doc().drillOrEmpty().inject(injectId).map(Inject::expectOrEmpty).orElse(List.of());
        boolean sameWithin = java.util.Objects.equals(within, had.isEmpty() ? null : had.get(0).within());
        Set<String> chosen = expectOrders.getValue();
        List<Expectation> out = new ArrayList<>();
        for (Expectation e : had) {
            if (chosen.contains(e.order())) {
                out.add(sameWithin ? e : new Expectation(e.order(), e.target(), within, e.lookBack()));
            }
        }
        chosen.stream().sorted(java.util.Comparator.comparingInt(ORDERS::indexOf))
                .filter(o -> had.stream().noneMatch(e -> o.equals(e.order())))
                .forEach(o -> out.add(new Expectation(o, null, within)));
        return out;
    }

    private Condition condition() {
        String c = condition.getValue();
        if (c == null) {
            return null;
        }
        Double v = condValue.getValue();
        AreaRef area = condPlace.getValue() == null ? conditionCells : AreaRef.place(condPlace.getValue());
        return switch (c) {
            case "water-depth" -> new Condition.WaterDepth(area, v);
            case "depot-stock" -> new Condition.DepotStock(condTarget.getValue(), GeneralPanel.blank(condItem.getValue()), v);
            case "people-trapped" -> new Condition.PeopleTrapped(v == null ? null : v.longValue(), area);
            case "deaths" -> new Condition.Deaths(v == null ? null : v.longValue());
            case "shelter-occupancy" -> new Condition.ShelterOccupancy(condTarget.getValue(), v);
            case "rain-rate" -> new Condition.RainRate(v);
            case "fire-near" -> new Condition.FireNear(area, v);
            default -> null;
        };
    }

    private SimDuration duration(TextField f, boolean required) {
        if (f.getValue().isBlank() && !required) {
            return null;
        }
        return SimDuration.parse(f.getValue().strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> {
            f.setErrorMessage(getTranslation("design.error.duration"));
            f.setInvalid(true);
            return new IllegalArgumentException(f.getId().orElse(""));
        });
    }

    private void deleteInject() {
        String old = selectedInject;
        selectedInject = null;
        draft.edit(s -> {
            Drill d = Edits.drill(s.drill());
            return Edits.withDrill(s, emptyToNull(Edits.injects(d, Edits.replace(d.injects(), x -> x.id().equals(old), x -> null))));
        });
    }

    private void newObjective() {
        String id = Edits.freshId("objective", Edits.ids(draft.doc()));
        selectedObjective = id;
        Objective fresh = new Objective(id, null, null, List.of(new Criterion.Kpi("warning-coverage", 92.0, null)));
        draft.edit(s -> Edits.withDrill(s, Edits.objectives(Edits.drill(s.drill()), Edits.append(s.drillOrEmpty().objectives(), fresh))));
    }

    private void selectObjective(Objective o) {
        selectedObjective = o == null ? null : o.id();
        objectiveEditor.setVisible(o != null);
        objectiveErrors.clear();
        if (o == null) {
            return;
        }
        objectiveId.setValue(o.id() == null ? "" : o.id());
        objectiveZh.setValue(o.name() == null || o.name().zh() == null ? "" : o.name().zh());
        objectiveEn.setValue(o.name() == null || o.name().en() == null ? "" : o.name().en());
        Criterion.Kpi k = o.criteriaOrEmpty().stream().filter(Criterion.Kpi.class::isInstance).map(Criterion.Kpi.class::cast)
                .findFirst().orElse(null);
        kpi.setValue(k == null ? "none" : k.kpi());
        atLeast.setValue(k == null ? null : k.atLeast());
        atMost.setValue(k == null ? null : k.atMost());
        Criterion.Actions a = o.criteriaOrEmpty().stream().filter(Criterion.Actions.class::isInstance)
                .map(Criterion.Actions.class::cast).findFirst().orElse(null);
        criterionInjects.setValue(a == null || a.injects() == null ? Set.of() : new java.util.LinkedHashSet<>(a.injects()));
        int index = draft.doc().drillOrEmpty().objectivesOrEmpty().indexOf(o);
        String p = "$.drill.objectives[" + index + "]";
        objectiveErrors.bind(objectiveId, p + ".id");
        objectiveErrors.bind(objectiveZh, p + ".name");
        objectiveErrors.bind(objectiveEn, p + ".name");
        objectiveErrors.bind(kpi, p + ".criteria");
        objectiveErrors.show(draft.problems());
    }

    void applyObjective() {
        String old = selectedObjective;
        if (old == null) {
            return;
        }
        Criterion formKpi = kpi.getValue() != null && !kpi.getValue().equals("none")
                ? new Criterion.Kpi(kpi.getValue(), atLeast.getValue(), atMost.getValue()) : null;
        Criterion formActions = criterionInjects.getValue().isEmpty() ? null
                : new Criterion.Actions(criterionInjects.getValue().stream().sorted().toList());
        Objective current = draft.doc().drillOrEmpty().objectivesOrEmpty().stream().filter(o -> old.equals(o.id()))
                .findFirst().orElse(null);
        List<Criterion> criteria = withFormCriteria(current == null ? List.of() : current.criteriaOrEmpty(), formKpi,
                formActions);
        String id = objectiveId.getValue().strip();
        if (!id.equals(old) && taken(objectiveId, id)) {
            return;
        }
        LocalizedText name = GeneralPanel.text(objectiveZh.getValue(), objectiveEn.getValue());
        Objective next = new Objective(id, name, current == null ? null : current.capabilities(), criteria);
        selectedObjective = id;
        draft.edit(s -> {
            Drill d = Edits.drill(s.drill());
            return Edits.withDrill(s, Edits.objectives(d, Edits.replace(d.objectives(), x -> old.equals(x.id()), x -> next)));
        });
    }

    /**
     * The objective's criteria with the form's two in place of the ones it shows (the first indicator and
     * the first actions criterion; null: removed), added at the end where there were none. Every other
     * criterion (a second indicator, more actions, observer ratings) stays as it was, in its place.
     */
    static List<Criterion> withFormCriteria(List<Criterion> before, Criterion formKpi, Criterion formActions) {
        List<Criterion> criteria = new ArrayList<>();
        boolean kpiShown = false;
        boolean actionsShown = false;
        for (Criterion c : before) {
            if (c instanceof Criterion.Kpi && !kpiShown) {
                kpiShown = true;
                addIfAny(criteria, formKpi);
            } else if (c instanceof Criterion.Actions && !actionsShown) {
                actionsShown = true;
                addIfAny(criteria, formActions);
            } else {
                criteria.add(c);
            }
        }
        if (!kpiShown) {
            addIfAny(criteria, formKpi);
        }
        if (!actionsShown) {
            addIfAny(criteria, formActions);
        }
        return criteria;
    }

    private static void addIfAny(List<Criterion> criteria, Criterion c) {
        if (c != null) {
            criteria.add(c);
        }
    }

    private void deleteObjective() {
        String old = selectedObjective;
        selectedObjective = null;
        draft.edit(s -> {
            Drill d = Edits.drill(s.drill());
            return Edits.withDrill(s, emptyToNull(Edits.objectives(d, Edits.replace(d.objectives(), x -> old.equals(x.id()), x -> null))));
        });
    }

    void show(List<Violation> problems) {
        if (draft.doc() != shown) {
            refresh();
        }
        errors.show(problems);
        objectiveErrors.show(problems);
        int k = draft.doc().drillOrEmpty().injectsOrEmpty().stream().map(Inject::id).toList().indexOf(selectedInject);
        String p = "$.drill.injects[" + k + "]";
        injectProblems.setText(k < 0 ? "" : String.join("\n", problems.stream().filter(v -> FieldErrors.covers(p, v.path()))
                .map(v -> v.path().substring(p.length()) + ": " + v.message()).toList()));
    }

    /** For tests: the fields of the console form inside the inject editor. */
    AdHocInjectForm body() {
        return body;
    }
}
