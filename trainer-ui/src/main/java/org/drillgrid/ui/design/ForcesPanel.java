package org.drillgrid.ui.design;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.drill.References;
import org.drillgrid.model.drill.Sensor;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.DepotLevel;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamLevel;
import org.drillgrid.model.scenario.TeamSkill;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;

/**
 * The map editor: shelters, depots, teams, sensors and named places on the grid. Choose a tool and click
 * the map to add one there, or select one in the list and click to move it; its form edits names and sizes.
 * A place takes two clicks, its opposite corners.
 */
final class ForcesPanel extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> TOOLS = List.of("move", "shelter", "depot", "team", "sensor", "place");

    /** One thing on the map, whatever its kind. */
    record Item(String kind, String id, LocalizedText name, CellRef cell, List<Integer> rect) {
        String where() {
            return rect != null ? rect.toString() : cell == null ? "-" : cell.col() + ", " + cell.row();
        }
    }

    private final transient Draft draft;
    private final FieldErrors errors = new FieldErrors();
    final Select<String> tool = new Select<>();
    final Grid<Item> items = new Grid<>();
    final TextField id = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField capacity = new IntegerField();
    final IntegerField size = new IntegerField();
    final Select<TeamLevel> teamLevel = new Select<>();
    final MultiSelectComboBox<TeamSkill> skills = new MultiSelectComboBox<>();
    final Select<DepotLevel> depotLevel = new Select<>();
    final IntegerField trucks = new IntegerField();
    final Select<String> sensorType = new Select<>();
    final Span hint = new Span();
    private final Div mapBox = new Div();
    private final VerticalLayout form = new VerticalLayout();
    private transient GridMap map;
    private transient CellRef firstCorner;
    private transient Item selected;
    private transient Scenario shown;

    ForcesPanel(Draft draft) {
        this.draft = draft;
        tool.setId("tool");
        tool.setLabel(getTranslation("design.forces.tool"));
        tool.setItems(TOOLS);
        tool.setItemLabelGenerator(t -> getTranslation("design.forces.tool." + t));
        tool.setValue("move");
        tool.addValueChangeListener(e -> {
            firstCorner = null;
            hint.setText(getTranslation("design.forces.hint." + e.getValue()));
        });
        hint.setId("forces-hint");
        hint.setText(getTranslation("design.forces.hint.move"));
        items.setId("items");
        items.addColumn(i -> getTranslation("design.forces.tool." + i.kind())).setHeader(getTranslation("design.forces.kind")).setAutoWidth(true);
        items.addColumn(Item::id).setHeader(getTranslation("design.col.id")).setAutoWidth(true);
        items.addColumn(i -> i.name() == null ? "" : i.name().in(getLocale())).setHeader(getTranslation("design.col.name")).setFlexGrow(1);
        items.addColumn(Item::where).setHeader(getTranslation("design.forces.where")).setAutoWidth(true);
        items.setHeight("22em");
        items.setWidth("34em");
        items.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        buildForm();
        VerticalLayout left = new VerticalLayout(new Paragraph(getTranslation("design.forces.intro")), tool, hint, mapBox);
        left.setPadding(false);
        left.setWidth(null);
        VerticalLayout right = new VerticalLayout(items, form);
        right.setPadding(false);
        add(left, right);
        setWidthFull();
        refresh();
    }

    private void buildForm() {
        id.setId("item-id");
        id.setLabel(getTranslation("design.col.id"));
        nameZh.setId("item-name-zh");
        nameZh.setLabel(getTranslation("design.general.nameZh"));
        nameEn.setId("item-name-en");
        nameEn.setLabel(getTranslation("design.general.nameEn"));
        capacity.setId("item-capacity");
        capacity.setLabel(getTranslation("design.forces.capacity"));
        capacity.setMin(1);
        size.setId("item-size");
        size.setLabel(getTranslation("design.forces.size"));
        size.setMin(1);
        teamLevel.setId("item-team-level");
        teamLevel.setLabel(getTranslation("design.forces.level"));
        teamLevel.setItems(TeamLevel.values());
        teamLevel.setItemLabelGenerator(TeamLevel::json);
        skills.setId("item-skills");
        skills.setLabel(getTranslation("design.forces.skills"));
        skills.setItems(TeamSkill.values());
        skills.setItemLabelGenerator(TeamSkill::json);
        skills.setWidth("24em");
        depotLevel.setId("item-depot-level");
        depotLevel.setLabel(getTranslation("design.forces.level"));
        depotLevel.setItems(DepotLevel.values());
        depotLevel.setItemLabelGenerator(l -> l.name().toLowerCase(java.util.Locale.ROOT));
        trucks.setId("item-trucks");
        trucks.setLabel(getTranslation("design.forces.trucks"));
        trucks.setMin(0);
        sensorType.setId("item-sensor-type");
        sensorType.setLabel(getTranslation("design.forces.sensorType"));
        sensorType.setItems(Sensor.TYPES);
        Button apply = new Button(getTranslation("design.apply"), e -> applyForm());
        apply.setId("item-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("design.delete"), e -> deleteSelected());
        delete.setId("item-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout names = new HorizontalLayout(id, nameZh, nameEn);
        HorizontalLayout sizes = new HorizontalLayout(capacity, size, teamLevel, depotLevel, trucks, sensorType);
        sizes.getStyle().set("flex-wrap", "wrap");
        sizes.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.add(names, sizes, skills, new HorizontalLayout(apply, delete));
        form.setPadding(false);
        form.setVisible(false);
    }

    /** The items of the document, in kind order. */
    List<Item> items() {
        Scenario s = draft.doc();
        List<Item> out = new ArrayList<>();
        Forces f = s.forcesOrNone();
        f.sheltersOrEmpty().forEach(x -> out.add(new Item("shelter", x.id(), x.name(), x.cell(), null)));
        f.depotsOrEmpty().forEach(x -> out.add(new Item("depot", x.id(), x.name(), x.cell(), null)));
        f.teamsOrEmpty().forEach(x -> out.add(new Item("team", x.id(), x.name(), x.base(), null)));
        Drill d = s.drillOrEmpty();
        d.sensorsOrEmpty().forEach(x -> out.add(new Item("sensor", x.id(), x.name(), x.cell(), null)));
        d.placesOrEmpty().forEach(x -> out.add(new Item("place", x.id(), x.name(), null, x.cells())));
        return out;
    }

    private void refresh() {
        shown = draft.doc();
        Item was = selected;
        String keep = selected == null ? null : selected.kind() + "/" + selected.id();
        List<Item> all = items();
        items.setItems(all);
        selected = null;
        // the very item when it is there (two may share an id while the user fixes a rename), else by its id
        all.stream().filter(i -> i.equals(was)).findFirst()
                .or(() -> all.stream().filter(i -> (i.kind() + "/" + i.id()).equals(keep)).findFirst()).ifPresent(items::select);
        mapBox.removeAll();
        if (draft.problems().stream().anyMatch(v -> v.path().startsWith("$.layers") || v.path().startsWith("$.grid"))) {
            mapBox.add(new Span(getTranslation("design.forces.noMap")));
            return;
        }
        map = new GridMap(draft.loaded(), EnumSet.of(MapLayer.LAND_USE, MapLayer.POPULATION, MapLayer.ROADS,
                MapLayer.SHELTERS, MapLayer.DEPOTS, MapLayer.TEAMS, MapLayer.SENSORS),
                EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS, MapLayer.SHELTERS, MapLayer.DEPOTS, MapLayer.TEAMS,
                        MapLayer.SENSORS)); // named places are outlined by the map itself
        map.setId("forces-map");
        map.addCellListener(this::clicked);
        mapBox.add(map);
    }

    GridMap map() {
        return map;
    }

    /** A click on the map: move the selected item there, or add a new one of the chosen tool's kind. */
    void clicked(CellRef cell) {
        String t = tool.getValue();
        if (t.equals("move")) {
            if (selected == null) {
                hint.setText(getTranslation("design.forces.hint.select"));
                return;
            }
            move(selected, cell);
            return;
        }
        if (t.equals("place") && firstCorner == null) {
            firstCorner = cell;
            hint.setText(getTranslation("design.forces.hint.corner", cell.col(), cell.row()));
            map.select(null, cell);
            return;
        }
        String newId = Edits.freshId(t.equals("sensor") ? "gauge" : t, Edits.ids(draft.doc()));
        Item added;
        if (t.equals("place")) {
            List<Integer> rect = List.of(Math.min(firstCorner.col(), cell.col()), Math.min(firstCorner.row(), cell.row()),
                    Math.max(firstCorner.col(), cell.col()), Math.max(firstCorner.row(), cell.row()));
            firstCorner = null;
            added = new Item("place", newId, null, null, rect);
        } else {
            added = new Item(t, newId, null, cell, null);
        }
        selected = added;
        add(added);
        hint.setText(getTranslation("design.forces.added", newId));
    }

    private void add(Item item) {
        draft.edit(s -> {
            Forces f = s.forcesOrNone();
            Drill d = Edits.drill(s.drill());
            return switch (item.kind()) {
                case "shelter" -> Edits.withForces(s, Edits.shelters(f, Edits.append(f.shelters(),
                        new Shelter(item.id(), null, null, item.cell(), FeatureMapping.DEFAULT_SHELTER_CAPACITY, null, null))));
                case "depot" -> Edits.withForces(s, Edits.depots(f, Edits.append(f.depots(),
                        new Depot(item.id(), null, DepotLevel.COUNTY, item.cell(), null, null, null, null, null))));
                case "team" -> Edits.withForces(s, Edits.teams(f, Edits.append(f.teams(), new Team(item.id(), null,
                        TeamLevel.COUNTY, FeatureMapping.DEFAULT_TEAM_SIZE, List.of(TeamSkill.WATER_RESCUE,
                                TeamSkill.FLOOD_FIGHTING), item.cell(), null, null, null))));
                case "sensor" -> Edits.withDrill(s, Edits.sensors(d, Edits.append(d.sensors(),
                        new Sensor(item.id(), "rain-gauge", null, item.cell(), null, null, null))));
                case "place" -> Edits.withDrill(s, Edits.places(d, Edits.append(d.places(),
                        new Place(item.id(), null, item.rect()))));
                default -> s;
            };
        });
    }

    private void move(Item item, CellRef cell) {
        update(item, sh -> new Shelter(sh.id(), sh.name(), sh.kind(), cell, sh.capacity(), sh.open(), sh.stock()),
                dp -> new Depot(dp.id(), dp.name(), dp.level(), cell, dp.stock(), dp.trucks(), dp.truckCapacityKg(),
                        dp.agreements(), dp.production()),
                tm -> new Team(tm.id(), tm.name(), tm.level(), tm.size(), tm.skills(), cell, tm.equipment(),
                        tm.onRequest(), tm.requestDelay()),
                se -> new Sensor(se.id(), se.type(), se.name(), cell, se.every(), se.latency(), se.audience()),
                pl -> {
                    List<Integer> r = pl.cells();
                    int w = r == null || r.size() != 4 ? 0 : r.get(2) - r.get(0);
                    int h = r == null || r.size() != 4 ? 0 : r.get(3) - r.get(1);
                    // as near the click as the grid allows with its size
                    var g = draft.doc().grid();
                    int c0 = Math.max(0, Math.min(cell.col(), g.cols() - 1 - w));
                    int r0 = Math.max(0, Math.min(cell.row(), g.rows() - 1 - h));
                    return new Place(pl.id(), pl.name(), List.of(c0, r0, c0 + w, r0 + h));
                });
        hint.setText(getTranslation("design.forces.moved", item.id(), cell.col(), cell.row()));
    }

    /**
     * Replaces (or with nulls removes) the item in the document, whatever its kind: the one at its place in
     * the list, not merely the first with its id (two share one while a rename is being fixed).
     */
    private void update(Item item, java.util.function.UnaryOperator<Shelter> shelter, java.util.function.UnaryOperator<Depot> depot,
            java.util.function.UnaryOperator<Team> team, java.util.function.UnaryOperator<Sensor> sensor,
            java.util.function.UnaryOperator<Place> place) {
        int k = indexOf(item);
        draft.edit(s -> {
            Forces f = s.forcesOrNone();
            Drill d = Edits.drill(s.drill());
            return switch (item.kind()) {
                case "shelter" -> Edits.withForces(s, Edits.shelters(f, at(f.shelters(), k, shelter)));
                case "depot" -> Edits.withForces(s, Edits.depots(f, at(f.depots(), k, depot)));
                case "team" -> Edits.withForces(s, Edits.teams(f, at(f.teams(), k, team)));
                case "sensor" -> Edits.withDrill(s, DrillPanel.emptyToNull(Edits.sensors(d, at(d.sensors(), k, sensor))));
                case "place" -> Edits.withDrill(s, DrillPanel.emptyToNull(Edits.places(d, at(d.places(), k, place))));
                default -> s;
            };
        });
    }

    /** The list with its {@code k}-th item replaced by {@code by} (removed when it gives null). */
    private static <T> List<T> at(List<T> list, int k, java.util.function.UnaryOperator<T> by) {
        List<T> out = new ArrayList<>(list == null ? List.of() : list);
        if (k >= 0 && k < out.size()) {
            T next = by.apply(out.get(k));
            if (next == null) {
                out.remove(k);
            } else {
                out.set(k, next);
            }
        }
        return out;
    }

    /** Shows the selected item in the form, with the fields of its kind. */
    void select(Item item) {
        selected = item;
        form.setVisible(item != null);
        errors.clear();
        if (item == null) {
            return;
        }
        Scenario s = draft.doc();
        id.setValue(item.id());
        nameZh.setValue(item.name() == null || item.name().zh() == null ? "" : item.name().zh());
        nameEn.setValue(item.name() == null || item.name().en() == null ? "" : item.name().en());
        String k = item.kind();
        capacity.setVisible(k.equals("shelter"));
        size.setVisible(k.equals("team"));
        teamLevel.setVisible(k.equals("team"));
        skills.setVisible(k.equals("team"));
        depotLevel.setVisible(k.equals("depot"));
        trucks.setVisible(k.equals("depot"));
        sensorType.setVisible(k.equals("sensor"));
        int index = indexOf(item);
        String path = switch (k) {
            case "shelter" -> "$.forces.shelters[" + index + "]";
            case "depot" -> "$.forces.depots[" + index + "]";
            case "team" -> "$.forces.teams[" + index + "]";
            case "sensor" -> "$.drill.sensors[" + index + "]";
            default -> "$.drill.places[" + index + "]";
        };
        errors.bind(id, path + ".id");
        errors.bind(capacity, path + ".capacity");
        errors.bind(size, path + ".size");
        errors.bind(teamLevel, path + ".level");
        errors.bind(skills, path + ".skills");
        errors.bind(depotLevel, path + ".level");
        errors.bind(trucks, path + ".trucks");
        errors.bind(sensorType, path + ".type");
        switch (k) {
            case "shelter" -> nth(s.forcesOrNone().sheltersOrEmpty(), index).ifPresent(x -> capacity.setValue(x.capacity()));
            case "team" -> nth(s.forcesOrNone().teamsOrEmpty(), index).ifPresent(x -> {
                size.setValue(x.size());
                teamLevel.setValue(x.level());
                skills.setValue(new java.util.LinkedHashSet<>(x.skillsOrEmpty()));
            });
            case "depot" -> nth(s.forcesOrNone().depotsOrEmpty(), index).ifPresent(x -> {
                depotLevel.setValue(x.level());
                trucks.setValue(x.trucks());
            });
            case "sensor" -> nth(s.drillOrEmpty().sensorsOrEmpty(), index).ifPresent(x -> sensorType.setValue(x.type()));
            default -> { }
        }
        errors.show(draft.problems());
    }

    private static <T> java.util.Optional<T> nth(List<T> list, int index) {
        return index >= 0 && index < list.size() ? java.util.Optional.ofNullable(list.get(index)) : java.util.Optional.empty();
    }

    private int indexOf(Item item) {
        List<Item> same = items().stream().filter(i -> i.kind().equals(item.kind())).toList();
        if (same.contains(item)) {
            return same.indexOf(item);
        }
        for (int i = 0; i < same.size(); i++) {
            if (same.get(i).id().equals(item.id())) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the form into the selected item. */
    void applyForm() {
        if (selected == null) {
            return;
        }
        Item item = selected;
        String newId = id.getValue().strip();
        boolean newIdFree = !Edits.ids(draft.doc()).contains(newId);
        LocalizedText name = GeneralPanel.text(nameZh.getValue(), nameEn.getValue());
        List<TeamSkill> skillList = skills.getValue().stream().sorted().toList();
        selected = new Item(item.kind(), newId, name, item.cell(), item.rect());
        update(item, sh -> new Shelter(newId, name, sh.kind(), sh.cell(), capacity.getValue(), sh.open(), sh.stock()),
                dp -> new Depot(newId, name, depotLevel.getValue(), dp.cell(), dp.stock(), trucks.getValue(),
                        dp.truckCapacityKg(), dp.agreements(), dp.production()),
                tm -> new Team(newId, name, teamLevel.getValue(), size.getValue(), skillList, tm.base(), tm.equipment(),
                        tm.onRequest(), tm.requestDelay()),
                se -> new Sensor(newId, sensorType.getValue(), name, se.cell(), se.every(), se.latency(), se.audience()),
                pl -> new Place(newId, name, pl.cells()));
        // a rename carries the drill script's references along (conditions, effects, areas, expected actions),
        // unless something else still has the old id or already had the new one
        String oldId = item.id();
        if (!newId.equals(oldId) && newIdFree && !newId.isEmpty() && !Edits.ids(draft.doc()).contains(oldId)) {
            draft.edit(s -> s.drill() == null ? s : Edits.withDrill(s, References.renamed(s.drill(), oldId, newId)));
        }
    }

    void deleteSelected() {
        if (selected == null) {
            return;
        }
        Item item = selected;
        selected = null;
        form.setVisible(false);
        update(item, x -> null, x -> null, x -> null, x -> null, x -> null);
    }

    /** After any edit of the draft: redraw when the document changed, then show the problems. */
    void show(List<Violation> problems) {
        if (draft.doc() != shown) {
            refresh();
        }
        errors.show(problems);
    }
}
