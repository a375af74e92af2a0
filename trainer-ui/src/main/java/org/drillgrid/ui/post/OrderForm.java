package org.drillgrid.ui.post;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.OrderException;
import org.drillgrid.model.order.OrderOptions;
import org.drillgrid.model.order.OrderReader;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Team;

/**
 * The order form: a type selector showing that type's fields. {@link #build()} checks that every field the
 * type needs is filled (naming the field in the UI's language), writes the order as JSON and reads it with
 * {@link OrderReader}, so the order is exactly what the API would take. A map click fills the area.
 */
final class OrderForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> CHANNELS = List.of("cell-broadcast", "tv-radio", "new-media", "loudspeaker",
            "door-to-door");
    static final List<String> RESPONSE_LEVELS = List.of("IV", "III", "II", "I", "none");

    /** An area choice: a named place (or shelter or depot) or a rectangle of cells picked on the map. */
    record AreaChoice(String place, List<Integer> cells, String label) {
    }

    final Select<String> type = new Select<>();
    final ComboBox<AreaChoice> area = new ComboBox<>();
    final Checkbox rectangle = new Checkbox();
    final ComboBox<Shelter> shelter = new ComboBox<>();
    final ComboBox<Team> team = new ComboBox<>();
    final Select<String> task = new Select<>();
    final ComboBox<String> levee = new ComboBox<>();
    final Checkbox replace = new Checkbox();
    final ComboBox<Depot> depot = new ComboBox<>();
    final ComboBox<ReliefItem> item = new ComboBox<>();
    final IntegerField quantity = new IntegerField();
    final Button addItem = new Button();
    final Div itemList = new Div();
    final Select<Integer> warnLevel = new Select<>();
    final Select<String> responseLevel = new Select<>();
    final CheckboxGroup<String> channels = new CheckboxGroup<>();
    final CheckboxGroup<String> stops = new CheckboxGroup<>();
    final Checkbox lift = new Checkbox();
    final Checkbox reopen = new Checkbox();
    final Button submit = new Button();
    final Span message = new Span();

    private final String position;
    private final List<AreaChoice> areas = new ArrayList<>();
    private final Map<String, Long> items = new LinkedHashMap<>();
    private final List<Team> allTeams;
    private CellRef corner;
    private List<Team> teamsOffered = List.of();

    OrderForm(Scenario scenario, String position) {
        this.position = position;
        var forces = scenario.forcesOrNone();
        allTeams = forces.teamsOrEmpty();
        setPadding(false);
        setId("order-form");
        var lang = getLocale();
        scenario.drillOrEmpty().placesOrEmpty().forEach(p -> areas.add(new AreaChoice(p.id(), null, p.name().in(lang))));
        forces.sheltersOrEmpty().forEach(s -> areas.add(new AreaChoice(s.id(), null, s.name().in(lang))));
        forces.depotsOrEmpty().forEach(d -> areas.add(new AreaChoice(d.id(), null, d.name().in(lang))));

        setUp(type, "order-type", "post.field.type");
        type.setItems(Order.TYPES);
        type.setItemLabelGenerator(t -> getTranslation("post.type." + t));
        setUp(area, "order-area", "post.field.area");
        area.setItems(areas);
        area.setItemLabelGenerator(AreaChoice::label);
        area.setHelperText(getTranslation("post.area.help"));
        rectangle.setId("order-area-rect");
        rectangle.setLabel(getTranslation("post.field.rectangle"));
        rectangle.addValueChangeListener(e -> corner = null);
        setUp(shelter, "order-shelter", "post.field.shelter");
        shelter.setItems(forces.sheltersOrEmpty());
        shelter.setItemLabelGenerator(s -> s.name().in(lang));
        setUp(team, "order-team", "post.field.team");
        team.setItemLabelGenerator(t -> t.name().in(lang));
        setUp(task, "order-task", "post.field.task");
        // only what can succeed here: no levee task without a levee, no fireline without a fire
        task.setItems(OrderOptions.tasks(scenario));
        task.setItemLabelGenerator(t -> getTranslation("post.task." + t));
        setUp(levee, "order-levee", "post.field.levee");
        levee.setItems(OrderOptions.levees(scenario));
        replace.setId("order-replace");
        replace.setLabel(getTranslation("post.field.replace"));
        setUp(depot, "order-depot", "post.field.depot");
        depot.setItems(forces.depotsOrEmpty());
        depot.setItemLabelGenerator(d -> d.name().in(lang));
        setUp(item, "order-item", "post.field.item");
        item.setItems(ReliefItem.all());
        item.setItemLabelGenerator(i -> getTranslation("post.item." + i.id()));
        setUp(quantity, "order-quantity", "post.field.quantity");
        quantity.setMin(1);
        quantity.setStepButtonsVisible(true);
        addItem.setId("order-item-add");
        addItem.setText(getTranslation("post.field.addItem"));
        addItem.addClickListener(e -> addItem());
        itemList.setId("order-items");
        setUp(warnLevel, "order-warn-level", "post.field.warnLevel");
        warnLevel.setItems(1, 2, 3, 4);
        warnLevel.setItemLabelGenerator(l -> getTranslation("post.warnLevel." + l));
        setUp(responseLevel, "order-response-level", "post.field.responseLevel");
        responseLevel.setItems(RESPONSE_LEVELS);
        responseLevel.setItemLabelGenerator(l -> getTranslation("post.level." + l));
        setUp(channels, "order-channels", "post.field.channels");
        channels.setItems(CHANNELS);
        channels.setItemLabelGenerator(c -> getTranslation("post.channel." + c));
        channels.setHelperText(getTranslation("post.field.channels.help"));
        setUp(stops, "order-stops", "post.field.stops");
        stops.setItems(Order.STOPS);
        stops.setItemLabelGenerator(s -> getTranslation("post.stop." + s));
        stops.setHelperText(getTranslation("post.field.stops.help"));
        lift.setId("order-lift");
        lift.setLabel(getTranslation("post.field.lift"));
        reopen.setId("order-reopen");
        reopen.setLabel(getTranslation("post.field.reopen"));
        submit.setId("order-submit");
        submit.setText(getTranslation("post.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("order-message");

        HorizontalLayout itemRow = new HorizontalLayout(item, quantity, addItem);
        itemRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(type, area, rectangle, team, task, levee, replace, shelter, depot, itemRow, itemList, warnLevel,
                responseLevel, channels, stops, lift, reopen, submit, message);
        type.addValueChangeListener(e -> showFields());
        task.addValueChangeListener(e -> showFields());
        type.setValue(Order.TYPES.get(0));
    }

    private <C extends Component & HasLabel & HasSize> void setUp(C field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidth("22em");
    }

    /** Shows the fields the chosen type (and, for a team, the task) takes. */
    private void showFields() {
        String t = type.getValue() == null ? "" : type.getValue();
        String k = task.getValue() == null ? "" : task.getValue();
        boolean dispatch = t.equals("dispatch-team");
        area.setVisible(Set.of("warn", "evacuate", "close-road", "five-stops", "restore-comms").contains(t)
                || dispatch && !k.equals("reinforce-levee"));
        rectangle.setVisible(area.isVisible());
        shelter.setVisible(Set.of("evacuate", "open-shelter", "close-shelter", "dispatch-materials").contains(t)
                || dispatch && k.equals("evacuate"));
        team.setVisible(Set.of("dispatch-team", "request-reinforcement", "restore-comms").contains(t));
        // reinforcement is asked of the teams that come on request; the others are at hand already
        List<Team> teams = t.equals("request-reinforcement")
                ? allTeams.stream().filter(Team::onRequestOrDefault).toList() : allTeams;
        List<Team> offered = teams.isEmpty() ? allTeams : teams;
        if (!offered.equals(teamsOffered)) {
            teamsOffered = offered;
            team.setItems(offered);
        }
        task.setVisible(dispatch);
        levee.setVisible(dispatch && k.equals("reinforce-levee"));
        replace.setVisible(dispatch);
        depot.setVisible(Set.of("dispatch-materials", "call-reserve").contains(t));
        item.setVisible(depot.isVisible());
        quantity.setVisible(t.equals("dispatch-materials"));
        addItem.setVisible(quantity.isVisible());
        itemList.setVisible(quantity.isVisible());
        warnLevel.setVisible(t.equals("warn"));
        responseLevel.setVisible(t.equals("set-response-level"));
        channels.setVisible(Set.of("warn", "evacuate").contains(t));
        stops.setVisible(t.equals("five-stops"));
        lift.setVisible(t.equals("five-stops"));
        reopen.setVisible(t.equals("close-road"));
        message.setText("");
    }

    /** The area chosen, as a rectangle of cells {@code [c0, r0, c1, r1]} (a named one resolved), or null. */
    List<Integer> chosenCells(Scenario scenario) {
        AreaChoice a = area.getValue();
        if (a == null) {
            return null;
        }
        if (a.cells() != null) {
            return a.cells();
        }
        return org.drillgrid.model.drill.Areas.resolve(new org.drillgrid.model.drill.AreaRef(a.place(), null), scenario)
                .map(r -> List.of(r[0], r[1], r[2], r[3])).orElse(null);
    }

    /** The first corner of a rectangle being picked on the map, or null. */
    CellRef corner() {
        return corner;
    }

    /** A map click: the cell as the area, or with "rectangle" a corner, the second click closing it. */
    void pick(CellRef cell) {
        if (!area.isVisible()) {
            return;
        }
        if (rectangle.getValue() && corner == null) {
            corner = cell;
            message.setText(getTranslation("post.area.corner", cell.col(), cell.row()));
            return;
        }
        CellRef from = corner == null ? cell : corner;
        corner = null;
        List<Integer> cells = List.of(Math.min(from.col(), cell.col()), Math.min(from.row(), cell.row()),
                Math.max(from.col(), cell.col()), Math.max(from.row(), cell.row()));
        AreaChoice choice = new AreaChoice(null, cells, getTranslation("post.area.cells", cells.toString()));
        areas.removeIf(a -> a.place() == null); // one picked rectangle at a time
        areas.add(choice);
        area.setItems(areas);
        area.setValue(choice);
        message.setText("");
    }

    private void addItem() {
        Optional<String> problem = itemProblem();
        if (problem.isPresent()) {
            error(problem.get());
            return;
        }
        if (item.getValue() == null) {
            error(getTranslation("post.required", getTranslation("post.field.item")));
            return;
        }
        items.merge(item.getValue().id(), (long) quantity.getValue(), Long::sum);
        item.clear();
        quantity.clear();
        showItems();
        message.setText("");
    }

    private Optional<String> itemProblem() {
        if (item.getValue() != null && quantity.getValue() == null) {
            return Optional.of(getTranslation("post.required", getTranslation("post.field.quantity")));
        }
        if (quantity.getValue() != null && quantity.getValue() <= 0 || quantity.isInvalid()) {
            return Optional.of(getTranslation("post.quantity.positive", getTranslation("post.field.quantity")));
        }
        return Optional.empty();
    }

    private void showItems() {
        itemList.removeAll();
        items.forEach((id, n) -> {
            Button remove = new Button("×", e -> {
                items.remove(id);
                showItems();
            });
            remove.setId("order-item-remove-" + id);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span chip = new Span(new Span(getTranslation("post.item." + id) + " × " + n), remove);
            chip.getElement().getThemeList().add("badge");
            chip.getStyle().set("margin-right", "0.3em");
            itemList.add(chip);
        });
    }

    /** The order as filled in, or empty with the problem shown (the first field missing or wrong). */
    Optional<Order> build() {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            error(missing.get());
            return Optional.empty();
        }
        try {
            return Optional.of(OrderReader.parse(json().toString()));
        } catch (OrderException e) {
            error(getTranslation("post.invalid", e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<String> missing() {
        String t = type.getValue();
        if (t == null) {
            return required("post.field.type");
        }
        for (Component f : List.<Component>of(area, team, task, levee, shelter, depot, warnLevel, responseLevel)) {
            if (f.isVisible() && ((HasValue<?, ?>) f).isEmpty()) {
                return Optional.of(getTranslation("post.required", ((HasLabel) f).getLabel()));
            }
        }
        if (t.equals("dispatch-materials")) {
            Optional<String> problem = itemProblem();
            if (problem.isPresent()) {
                return problem;
            }
            if (items.isEmpty() && item.getValue() == null) {
                return required("post.field.items");
            }
        }
        return Optional.empty();
    }

    private Optional<String> required(String labelKey) {
        return Optional.of(getTranslation("post.required", getTranslation(labelKey)));
    }

    /** The order as the API takes it, the position's own role included. */
    ObjectNode json() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("type", type.getValue());
        o.put("role", position);
        if (area.isVisible() && area.getValue() != null) {
            AreaChoice a = area.getValue();
            if (a.place() != null) {
                o.put("area", a.place());
            } else {
                ArrayNode cells = o.putObject("area").putArray("cells");
                a.cells().forEach(cells::add);
            }
        }
        put(o, "team", team, team.getValue() == null ? null : team.getValue().id());
        put(o, "task", task, task.getValue());
        put(o, "levee", levee, levee.getValue());
        put(o, "shelter", shelter, shelter.getValue() == null ? null : shelter.getValue().id());
        put(o, "depot", depot, depot.getValue() == null ? null : depot.getValue().id());
        if (warnLevel.isVisible() && warnLevel.getValue() != null) {
            o.put("level", warnLevel.getValue());
        }
        put(o, "level", responseLevel, responseLevel.getValue());
        if (quantity.isVisible()) {
            Map<String, Long> all = new LinkedHashMap<>(items);
            if (item.getValue() != null && quantity.getValue() != null) {
                all.merge(item.getValue().id(), (long) quantity.getValue(), Long::sum);
            }
            ObjectNode n = o.putObject("items");
            all.forEach(n::put);
        } else {
            put(o, "item", item, item.getValue() == null ? null : item.getValue().id());
        }
        list(o, "channels", channels, CHANNELS);
        list(o, "stops", stops, Order.STOPS);
        flag(o, "replace", replace);
        flag(o, "lift", lift);
        flag(o, "reopen", reopen);
        return o;
    }

    private static void put(ObjectNode o, String field, Component c, String value) {
        if (c.isVisible() && value != null) {
            o.put(field, value);
        }
    }

    /** A ticked subset in the canonical order; none ticked leaves the field out (the engine takes all). */
    private static void list(ObjectNode o, String field, CheckboxGroup<String> group, List<String> order) {
        if (group.isVisible() && !group.getValue().isEmpty()) {
            ArrayNode a = o.putArray(field);
            order.stream().filter(group.getValue()::contains).forEach(a::add);
        }
    }

    private static void flag(ObjectNode o, String field, Checkbox box) {
        if (box.isVisible() && box.getValue()) {
            o.put(field, true);
        }
    }

    /** After the order was taken: the items are sent, the acknowledgement is shown. */
    void acknowledged(String text) {
        items.clear();
        showItems();
        item.clear();
        quantity.clear();
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-success-text-color)");
    }

    void error(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    /** Ends taking orders (the exercise has ended). */
    void close(String why) {
        submit.setEnabled(false);
        error(why);
    }
}
