package org.drillgrid.ui.design;

import static org.drillgrid.ui.Layouts.row;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.HazardSpec;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.hazard.Series;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;
import org.drillgrid.ui.map.Marker;

/**
 * Forms for the three hazards, each switched on or off: the flood's rain (a design storm or a steady
 * rate), Manning's n, drains and open edges; the quake's main shock; the fire's ignitions, fuel and wind.
 * Each has a preview computed by the engine's code: the hyetograph, the intensity map, the ignitions on
 * the map. Flood parts without a form here (infiltration, reservoirs, levees, inflows, sinks, rain zones)
 * are kept as they are.
 */
final class HazardsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> RAIN_MODES = List.of("none", "design", "steady");
    static final List<String> EDGES = List.of("west", "east", "north", "south");
    static final List<String> EDGE_TYPES = List.of("inflow", "stage", "free");
    /** Storm-intensity coefficients a new design storm starts from: those of the bundled Xinyang flood. */
    static final double[] DEFAULT_STORM = {17, 0.85, 15, 0.78};

    private final transient Draft draft;
    private final FieldErrors errors = new FieldErrors();
    private boolean updating;
    private transient Scenario shown;

    final Checkbox flood = new Checkbox();
    final Select<String> rainMode = new Select<>();
    final NumberField returnPeriod = new NumberField();
    final TextField stormDuration = new TextField();
    final TextField stormStart = new TextField();
    final NumberField peakRatio = new NumberField();
    final NumberField a1 = new NumberField();
    final NumberField c = new NumberField();
    final NumberField b = new NumberField();
    final NumberField n = new NumberField();
    final NumberField steadyRate = new NumberField();
    final NumberField manning = new NumberField();
    final NumberField drainage = new NumberField();
    final Grid<FloodSpec.EdgeBoundary> boundaries = new Grid<>();
    final Select<String> edge = new Select<>();
    final IntegerField edgeFrom = new IntegerField();
    final IntegerField edgeTo = new IntegerField();
    final Select<String> edgeType = new Select<>();
    final TextField edgeSeries = new TextField();
    final Image hyetograph = new Image();
    final Span rainFigures = new Span();

    final Checkbox quake = new Checkbox();
    final NumberField magnitude = new NumberField();
    final NumberField depth = new NumberField();
    final NumberField strike = new NumberField();
    final TextField quakeAt = new TextField();
    final Select<String> region = new Select<>();
    final IntegerField epiCol = new IntegerField();
    final IntegerField epiRow = new IntegerField();
    final Checkbox aftershocks = new Checkbox();
    final Image intensity = new Image();
    final Span intensityFigures = new Span();

    final Checkbox fire = new Checkbox();
    final TextField ignitions = new TextField();
    final TextField fireAt = new TextField();
    final Select<String> fuel = new Select<>();
    final NumberField windSpeed = new NumberField();
    final NumberField windFrom = new NumberField();
    final Select<String> barriers = new Select<>();
    private final Div fireMap = new Div();

    private final VerticalLayout floodForm = new VerticalLayout();
    private final VerticalLayout quakeForm = new VerticalLayout();
    private final VerticalLayout fireForm = new VerticalLayout();

    HazardsPanel(Draft draft) {
        this.draft = draft;
        setPadding(false);
        buildFlood();
        buildQuake();
        buildFire();
        add(new Paragraph(getTranslation("design.hazards.intro")), section(flood, "hazard-flood", "design.hazards.flood", floodForm),
                section(quake, "hazard-quake", "design.hazards.quake", quakeForm),
                section(fire, "hazard-fire", "design.hazards.fire", fireForm));
        load();
    }

    private Component section(Checkbox on, String id, String key, VerticalLayout form) {
        on.setId(id);
        on.setLabel(getTranslation(key));
        on.addValueChangeListener(e -> {
            form.setVisible(e.getValue());
            apply(on);
        });
        form.setPadding(false);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(key)), on, form);
        box.setPadding(false);
        return box;
    }


    private <V> void field(HasValue<?, V> f, String id, String key) {
        ((Component) f).setId(id);
        ((com.vaadin.flow.component.HasLabel) f).setLabel(getTranslation(key));
        f.addValueChangeListener(e -> apply((Component) f));
    }

    private void buildFlood() {
        field(rainMode, "flood-rain", "design.flood.rain");
        rainMode.setItems(RAIN_MODES);
        rainMode.setItemLabelGenerator(m -> getTranslation("design.flood.rain." + m));
        field(returnPeriod, "flood-return", "design.flood.returnPeriod");
        field(stormDuration, "flood-storm-duration", "design.flood.stormDuration");
        stormDuration.setPlaceholder("6h");
        field(stormStart, "flood-storm-start", "design.flood.stormStart");
        stormStart.setPlaceholder("0h");
        field(peakRatio, "flood-peak", "design.flood.peakRatio");
        field(a1, "flood-a1", "design.flood.a1");
        field(c, "flood-c", "design.flood.c");
        field(b, "flood-b", "design.flood.b");
        field(n, "flood-n", "design.flood.n");
        field(steadyRate, "flood-steady", "design.flood.steady");
        field(manning, "flood-manning", "design.flood.manning");
        manning.setHelperText(getTranslation("design.flood.manning.help"));
        field(drainage, "flood-drainage", "design.flood.drainage");
        boundaries.setId("flood-boundaries");
        boundaries.addColumn(FloodSpec.EdgeBoundary::edge).setHeader(getTranslation("design.flood.edge")).setAutoWidth(true);
        boundaries.addColumn(x -> (x.from() == null ? "" : x.from()) + "–" + (x.to() == null ? "" : x.to()))
                .setHeader(getTranslation("design.flood.cells")).setAutoWidth(true);
        boundaries.addColumn(FloodSpec.EdgeBoundary::type).setHeader(getTranslation("design.flood.type")).setAutoWidth(true);
        boundaries.addColumn(x -> x.series() == null ? "" : seriesText(x.series())).setHeader(getTranslation("design.flood.series")).setFlexGrow(1);
        boundaries.addComponentColumn(x -> {
            Button remove = new Button(getTranslation("design.delete"), e -> removeBoundary(x));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        boundaries.setAllRowsVisible(true);
        edge.setId("edge");
        edge.setLabel(getTranslation("design.flood.edge"));
        edge.setItems(EDGES);
        edge.setValue("west");
        edgeFrom.setId("edge-from");
        edgeFrom.setLabel(getTranslation("design.flood.from"));
        edgeTo.setId("edge-to");
        edgeTo.setLabel(getTranslation("design.flood.to"));
        edgeType.setId("edge-type");
        edgeType.setLabel(getTranslation("design.flood.type"));
        edgeType.setItems(EDGE_TYPES);
        edgeType.setItemLabelGenerator(t -> getTranslation("design.flood.type." + t));
        edgeType.setValue("inflow");
        edgeSeries.setId("edge-series");
        edgeSeries.setLabel(getTranslation("design.flood.series"));
        edgeSeries.setHelperText(getTranslation("design.flood.series.help"));
        edgeSeries.setWidth("22em");
        Button addEdge = new Button(getTranslation("design.flood.addEdge"), e -> addBoundary());
        addEdge.setId("edge-add");
        hyetograph.setId("hyetograph");
        hyetograph.setAlt(getTranslation("design.flood.hyetograph"));
        rainFigures.setId("rain-figures");
        floodForm.add(row(rainMode, steadyRate, returnPeriod, stormDuration, stormStart, peakRatio),
                row(a1, c, b, n), row(manning, drainage), new Span(getTranslation("design.flood.edges")), boundaries,
                row(edge, edgeFrom, edgeTo, edgeType, edgeSeries, addEdge), hyetograph, rainFigures);
    }

    private void buildQuake() {
        field(magnitude, "quake-magnitude", "design.quake.magnitude");
        magnitude.setStep(0.1);
        field(depth, "quake-depth", "design.quake.depth");
        field(strike, "quake-strike", "design.quake.strike");
        field(quakeAt, "quake-at", "design.quake.at");
        quakeAt.setPlaceholder("10m");
        field(region, "quake-region", "design.quake.region");
        region.setItems(QuakeSpec.REGIONS);
        region.setItemLabelGenerator(r -> getTranslation("design.quake.region." + r));
        field(epiCol, "quake-col", "design.quake.col");
        field(epiRow, "quake-row", "design.quake.row");
        field(aftershocks, "quake-aftershocks", "design.quake.aftershocks");
        intensity.setId("intensity");
        intensity.setAlt(getTranslation("design.quake.preview"));
        intensity.getStyle().set("cursor", "crosshair").set("image-rendering", "pixelated");
        intensity.getElement().addEventListener("click", e -> {
            int x = (int) e.getEventData().getNumber("event.offsetX");
            int y = (int) e.getEventData().getNumber("event.offsetY");
            pickEpicentre(x, y);
        }).addEventData("event.offsetX").addEventData("event.offsetY");
        intensityFigures.setId("intensity-figures");
        quakeForm.add(row(magnitude, depth, strike, quakeAt, region), row(epiCol, epiRow, aftershocks),
                new Span(getTranslation("design.quake.click")), intensity, intensityFigures);
    }

    private void buildFire() {
        field(ignitions, "fire-ignitions", "design.fire.ignitions");
        ignitions.setHelperText(getTranslation("design.fire.ignitions.help"));
        ignitions.setWidth("24em");
        field(fireAt, "fire-at", "design.fire.at");
        fireAt.setPlaceholder("0m");
        field(fuel, "fire-fuel", "design.fire.fuel");
        List<String> fuels = new ArrayList<>(List.of("by-land-use"));
        fuels.addAll(FireSpec.FUEL_CODES);
        fuel.setItems(fuels);
        fuel.setItemLabelGenerator(f -> f.equals("by-land-use") ? getTranslation("design.fire.byLandUse") : f);
        field(windSpeed, "fire-wind-speed", "design.fire.windSpeed");
        field(windFrom, "fire-wind-from", "design.fire.windFrom");
        field(barriers, "fire-barriers", "design.fire.barriers");
        barriers.setItems(FireSpec.ROAD_BARRIERS);
        barriers.setItemLabelGenerator(x -> getTranslation("design.fire.barriers." + x));
        fireForm.add(row(ignitions, fireAt, fuel), row(windSpeed, windFrom, barriers),
                new Span(getTranslation("design.fire.click")), fireMap);
    }

    private int index(Class<? extends HazardSpec> type) {
        List<HazardSpec> h = draft.doc().hazardsOrEmpty();
        for (int i = 0; i < h.size(); i++) {
            if (type.isInstance(h.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private <T extends HazardSpec> T find(Class<T> type) {
        return draft.doc().hazardsOrEmpty().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** Shows the document's hazards in the forms. */
    private void load() {
        updating = true;
        try {
            shown = draft.doc();
            FloodSpec f = find(FloodSpec.class);
            flood.setValue(f != null);
            floodForm.setVisible(f != null);
            FloodSpec.Rainfall rain = f == null ? null : f.rainfall();
            FloodSpec.DesignStorm d = rain == null ? null : rain.design();
            rainMode.setValue(rain == null ? "none" : d != null ? "design" : "steady");
            returnPeriod.setValue(d == null ? 50.0 : d.returnPeriod());
            List<List<Double>> steady = rain != null && rain.series() != null ? rain.series().points() : List.of();
            if (d != null) {
                stormDuration.setValue(d.duration() == null ? "6h" : d.duration().toString());
                stormStart.setValue(d.start() == null ? "" : d.start().toString());
            } else if (!steady.isEmpty()) {
                long t0 = steady.get(0).get(0).longValue();
                long t1 = steady.size() > 1 ? steady.get(1).get(0).longValue() : t0 + 6 * 3600;
                stormStart.setValue(t0 == 0 ? "" : SimDuration.format(t0));
                stormDuration.setValue(SimDuration.format(t1 - t0));
            } else {
                stormDuration.setValue("6h");
                stormStart.setValue("");
            }
            peakRatio.setValue(d == null || d.peakRatio() == null ? 0.4 : d.peakRatio());
            a1.setValue(d == null ? DEFAULT_STORM[0] : d.a1());
            c.setValue(d == null ? DEFAULT_STORM[1] : d.c());
            b.setValue(d == null ? DEFAULT_STORM[2] : d.b());
            n.setValue(d == null ? DEFAULT_STORM[3] : d.n());
            steadyRate.setValue(rain != null && rain.series() != null && !rain.series().points().isEmpty()
                    ? rain.series().points().get(0).get(1) : 20.0);
            manning.setValue(f == null ? null : f.manning());
            drainage.setValue(f == null || f.drainage() == null ? null : f.drainage().capacity());
            boundaries.setItems(f == null ? List.of() : f.boundariesOrEmpty());
            showRainFields();

            QuakeSpec q = find(QuakeSpec.class);
            quake.setValue(q != null);
            quakeForm.setVisible(q != null);
            var grid = draft.doc().grid();
            magnitude.setValue(q == null ? 6.0 : q.magnitude());
            depth.setValue(q == null ? QuakeSpec.DEFAULT_DEPTH_KM : q.depthKmOrDefault());
            strike.setValue(q == null ? 0.0 : q.strikeDegOrDefault());
            quakeAt.setValue(q == null || q.at() == null ? "10m" : q.at().toString());
            region.setValue(q == null ? "east" : q.regionOrDefault());
            CellRef epi = q != null && q.epicentre() != null && q.epicentre().cell() != null ? q.epicentre().cell()
                    : new CellRef(grid.cols() / 2, grid.rows() / 2);
            epiCol.setValue(epi.col());
            epiRow.setValue(epi.row());
            aftershocks.setValue(q == null || q.aftershocks() == null || !Boolean.FALSE.equals(q.aftershocks().enabled()));

            FireSpec fs = find(FireSpec.class);
            fire.setValue(fs != null);
            fireForm.setVisible(fs != null);
            ignitions.setValue(fs == null ? "" : String.join("; ", fs.ignitionsOrEmpty().stream()
                    .map(i -> i.cell().col() + "," + i.cell().row()).toList()));
            fireAt.setValue(fs == null || fs.ignitionsOrEmpty().isEmpty() || fs.ignitionsOrEmpty().get(0).at() == null ? "0s"
                    : fs.ignitionsOrEmpty().get(0).at().toString());
            fuel.setValue(fs == null || fs.fuelModel() == null ? "by-land-use" : fs.fuelModel());
            List<Double> w = fs == null || fs.wind() == null || fs.wind().isEmpty() ? null : fs.wind().get(0);
            windSpeed.setValue(w == null ? 3.0 : w.get(1));
            windFrom.setValue(w == null ? 0.0 : w.get(2));
            barriers.setValue(fs == null || fs.roadBarriers() == null ? "major" : fs.roadBarriers());
        } finally {
            updating = false;
        }
        previews();
        bindErrors();
    }

    private void showRainFields() {
        String m = rainMode.getValue();
        for (Component f : List.of(returnPeriod, peakRatio, a1, c, b, n)) {
            f.setVisible("design".equals(m));
        }
        stormDuration.setVisible(!"none".equals(m));
        stormStart.setVisible(!"none".equals(m));
        steadyRate.setVisible("steady".equals(m));
        hyetograph.setVisible(!"none".equals(m));
        rainFigures.setVisible(!"none".equals(m));
    }

    private void bindErrors() {
        errors.clear();
        int fi = index(FloodSpec.class);
        if (fi >= 0) {
            String p = "$.hazards[" + fi + "]";
            errors.bind(returnPeriod, p + ".rainfall.design.returnPeriod");
            errors.bind(stormDuration, p + ".rainfall.design.duration");
            errors.bind(stormStart, p + ".rainfall.design.start");
            errors.bind(peakRatio, p + ".rainfall.design.peakRatio");
            errors.bind(a1, p + ".rainfall.design.a1");
            errors.bind(c, p + ".rainfall.design.c");
            errors.bind(b, p + ".rainfall.design.b");
            errors.bind(n, p + ".rainfall.design.n");
            errors.bind(steadyRate, p + ".rainfall.series");
            errors.bind(manning, p + ".manning");
            errors.bind(drainage, p + ".drainage");
            errors.bind(edgeSeries, p + ".boundaries");
        }
        int qi = index(QuakeSpec.class);
        if (qi >= 0) {
            String p = "$.hazards[" + qi + "]";
            errors.bind(magnitude, p + ".magnitude");
            errors.bind(depth, p + ".depthKm");
            errors.bind(strike, p + ".strikeDeg");
            errors.bind(quakeAt, p + ".at");
            errors.bind(epiCol, p + ".epicentre");
        }
        int ri = index(FireSpec.class);
        if (ri >= 0) {
            String p = "$.hazards[" + ri + "]";
            errors.bind(ignitions, p + ".ignitions");
            errors.bind(fuel, p + ".fuelModel");
            errors.bind(windSpeed, p + ".wind");
        }
    }

    /**
     * Reads the forms into the document's hazards, each in its place (one switched on goes at the end).
     * Parts the forms show only in part (a rain series of many steps, a design storm's step, the later
     * entries of a wind that shifts, ignitions at different times, an epicentre in metres) are kept, and
     * rebuilt only as far as {@code changed} is one of their fields.
     */
    void apply(Component changed) {
        if (updating) {
            return;
        }
        showRainFields();
        List<HazardSpec> next = new ArrayList<>();
        try {
            HazardSpec floodNow = flood.getValue() ? floodSpec(changed) : null;
            HazardSpec quakeNow = quake.getValue() ? quakeSpec(changed) : null;
            HazardSpec fireNow = fire.getValue() ? fireSpec(changed) : null;
            for (HazardSpec h : draft.doc().hazardsOrEmpty()) {
                next.add(h instanceof FloodSpec ? floodNow : h instanceof QuakeSpec ? quakeNow
                        : h instanceof FireSpec ? fireNow : h);
            }
            for (HazardSpec now : java.util.Arrays.asList(floodNow, quakeNow, fireNow)) {
                if (now != null && next.stream().noneMatch(h -> h != null && h.getClass() == now.getClass())) {
                    next.add(now);
                }
            }
            next.removeIf(java.util.Objects::isNull);
        } catch (IllegalArgumentException e) {
            return; // the field that did not parse is marked; the document keeps its last good state
        }
        draft.edit(s -> Edits.withHazards(s, next));
    }

    private FloodSpec floodSpec(Component changed) {
        FloodSpec f = find(FloodSpec.class);
        FloodSpec.Rainfall before = f == null ? null : f.rainfall();
        boolean rainEdited = f == null || List.of(rainMode, returnPeriod, stormDuration, stormStart, peakRatio, a1, c, b, n,
                steadyRate).contains(changed);
        FloodSpec.Rainfall rain = !rainEdited ? before : switch (rainMode.getValue() == null ? "none" : rainMode.getValue()) {
            case "design" -> new FloodSpec.Rainfall(null, new FloodSpec.DesignStorm(returnPeriod.getValue(),
                    duration(stormDuration, true), peakRatio.getValue(), duration(stormStart, false),
                    before == null || before.design() == null ? null : before.design().step(), a1.getValue(),
                    c.getValue(), b.getValue(), n.getValue()), before == null ? null : before.zones());
            case "steady" -> {
                SimDuration from = duration(stormStart, false);
                SimDuration length = duration(stormDuration, true);
                double t0 = from == null ? 0 : from.seconds();
                double rate = steadyRate.getValue() == null ? 0.0 : steadyRate.getValue();
                yield new FloodSpec.Rainfall(new Series(List.of(List.of(t0, rate), List.of(t0 + length.seconds(), 0.0))),
                        null, before == null ? null : before.zones());
            }
            default -> null;
        };
        FloodSpec.Drainage drains = drainage.getValue() == null ? null
                : new FloodSpec.Drainage(drainage.getValue(), f == null || f.drainage() == null ? null : f.drainage().landUse());
        if (f == null) {
            return new FloodSpec(manning.getValue(), null, null, rain, null, drains, null, null, null, null, null);
        }
        return new FloodSpec(manning.getValue(), f.manningByLandUse(), f.alpha(), rain, f.infiltration(), drains,
                f.boundaries(), f.inflows(), f.reservoirs(), f.levees(), f.sinks());
    }

    private QuakeSpec quakeSpec(Component changed) {
        QuakeSpec q = find(QuakeSpec.class);
        CellRef epi = new CellRef(epiCol.getValue() == null ? 0 : epiCol.getValue(), epiRow.getValue() == null ? 0 : epiRow.getValue());
        QuakeSpec.Epicentre epicentre = q != null && changed != epiCol && changed != epiRow ? q.epicentre()
                : new QuakeSpec.Epicentre(epi, null, null);
        QuakeSpec.Aftershocks as = new QuakeSpec.Aftershocks(aftershocks.getValue(),
                q == null || q.aftershocks() == null ? null : q.aftershocks().minMagnitude());
        return new QuakeSpec(magnitude.getValue(), epicentre, depth.getValue(),
                strike.getValue(), duration(quakeAt, true), region.getValue(), q == null ? null : q.variability(), as,
                q == null ? null : q.landslides(), q == null ? null : q.dams());
    }

    /**
     * The fire from its form. The time field shows the first ignition's time: a new time moves the
     * ignitions that had that time, and cells added to the list take it; cells already there keep theirs.
     * The wind fields show the wind's first entry: editing them changes that entry only.
     */
    private FireSpec fireSpec(Component changed) {
        FireSpec f = find(FireSpec.class);
        boolean ignitionsEdited = f == null || changed == ignitions || changed == fireAt;
        SimDuration at = ignitionsEdited ? duration(fireAt, true) : null;
        List<FireSpec.Ignition> before = f == null ? List.of() : f.ignitionsOrEmpty();
        SimDuration shownAt = before.isEmpty() ? null : before.get(0).at();
        List<FireSpec.Ignition> cells = new ArrayList<>();
        for (String part : ignitionsEdited ? ignitions.getValue().split(";") : new String[0]) {
            if (part.isBlank()) {
                continue;
            }
            String[] xy = part.strip().split("[,\\s]+");
            CellRef cell;
            try {
                cell = new CellRef(Integer.parseInt(xy[0]), Integer.parseInt(xy[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                ignitions.setErrorMessage(getTranslation("design.fire.ignitions.error"));
                ignitions.setInvalid(true);
                throw new IllegalArgumentException("ignitions");
            }
            SimDuration own = before.stream().filter(i -> i.cell().equals(cell)).map(FireSpec.Ignition::at).findFirst()
                    .orElse(at);
            cells.add(new FireSpec.Ignition(cell, own != null && !own.equals(shownAt) ? own : at));
        }
        String model = fuel.getValue() == null || fuel.getValue().equals("by-land-use") ? null : fuel.getValue();
        List<List<Double>> wind = f != null && changed != windSpeed && changed != windFrom ? f.wind()
                : windSpeed.getValue() == null ? null : withFirstWind(f == null ? null : f.wind(), windSpeed.getValue(),
                        windFrom.getValue() == null ? 0.0 : windFrom.getValue());
        return new FireSpec(ignitionsEdited ? (cells.isEmpty() ? null : cells) : f.ignitions(), model, model == null && f != null ? f.fuelModelByLandUse() : null,
                f == null ? null : f.moisture(), wind, barriers.getValue());
    }

    /** The wind series with its first entry's speed and direction replaced (its time kept), the later shifts kept. */
    static List<List<Double>> withFirstWind(List<List<Double>> wind, double speed, double from) {
        if (wind == null || wind.isEmpty()) {
            return List.of(List.of(0.0, speed, from));
        }
        List<List<Double>> next = new ArrayList<>(wind);
        next.set(0, List.of(wind.get(0).get(0), speed, from));
        return next;
    }

    private SimDuration duration(TextField f, boolean required) {
        if (f.getValue().isBlank()) {
            if (required) {
                f.setErrorMessage(getTranslation("design.error.duration"));
                f.setInvalid(true);
                throw new IllegalArgumentException(f.getId().orElse(""));
            }
            return null;
        }
        return SimDuration.parse(f.getValue().strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> {
            f.setErrorMessage(getTranslation("design.error.duration"));
            f.setInvalid(true);
            return new IllegalArgumentException(f.getId().orElse(""));
        });
    }

    void addBoundary() {
        Series series = null;
        if (!"free".equals(edgeType.getValue())) {
            series = parseSeries(edgeSeries.getValue());
            if (series == null) {
                edgeSeries.setErrorMessage(getTranslation("design.flood.series.error"));
                edgeSeries.setInvalid(true);
                return;
            }
        }
        edgeSeries.setInvalid(false);
        FloodSpec.EdgeBoundary nb = new FloodSpec.EdgeBoundary(edge.getValue(), edgeFrom.getValue(), edgeTo.getValue(),
                edgeType.getValue(), series);
        FloodSpec f = find(FloodSpec.class);
        if (f == null) {
            return;
        }
        FloodSpec next = new FloodSpec(f.manning(), f.manningByLandUse(), f.alpha(), f.rainfall(), f.infiltration(),
                f.drainage(), Edits.append(f.boundaries(), nb), f.inflows(), f.reservoirs(), f.levees(), f.sinks());
        replaceFlood(next);
        edgeSeries.clear();
    }

    private void removeBoundary(FloodSpec.EdgeBoundary x) {
        FloodSpec f = find(FloodSpec.class);
        List<FloodSpec.EdgeBoundary> rest = Edits.replace(f.boundaries(), y -> y == x, y -> null);
        replaceFlood(new FloodSpec(f.manning(), f.manningByLandUse(), f.alpha(), f.rainfall(), f.infiltration(),
                f.drainage(), rest.isEmpty() ? null : rest, f.inflows(), f.reservoirs(), f.levees(), f.sinks()));
    }

    private void replaceFlood(FloodSpec next) {
        draft.edit(s -> Edits.withHazards(s, Edits.replace(s.hazardsOrEmpty(), FloodSpec.class::isInstance, h -> next)));
    }

    /** {@code t:value, t:value} (seconds or durations like 6h) as a series; null when it does not parse. */
    static Series parseSeries(String text) {
        List<List<Double>> points = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] tv = part.strip().split("\\s*:\\s*");
            if (tv.length != 2) {
                return null;
            }
            var t = SimDuration.parse(tv[0].strip().toLowerCase(Locale.ROOT));
            try {
                if (t.isEmpty()) {
                    return null;
                }
                points.add(List.of((double) t.get().seconds(), Double.parseDouble(tv[1].strip())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return points.isEmpty() ? null : new Series(points);
    }

    static String seriesText(Series s) {
        return String.join(", ", s.points().stream().map(p -> SimDuration.format(p.get(0).longValue()) + ":"
                + (p.get(1) == Math.rint(p.get(1)) ? String.valueOf(p.get(1).longValue()) : String.valueOf(p.get(1)))).toList());
    }

    private void previews() {
        FloodSpec f = find(FloodSpec.class);
        long duration = draft.doc().duration() == null ? 86_400 : draft.doc().duration().seconds();
        if (f != null && f.rainfall() != null && !hasProblem("$.hazards[" + index(FloodSpec.class) + "].rainfall")) {
            Previews.Hyetograph h = Previews.hyetograph(f.rainfall(), duration);
            hyetograph.setSrc(new StreamResource("rain.png", () -> new ByteArrayInputStream(h.png())));
            rainFigures.setText(getTranslation("design.flood.figures", String.format(Locale.ROOT, "%.1f", h.peakMmPerHour()),
                    String.format(Locale.ROOT, "%.1f", h.totalMm())));
        }
        QuakeSpec q = find(QuakeSpec.class);
        if (q != null && !hasProblem("$.hazards[" + index(QuakeSpec.class) + "]") && !hasProblem("$.grid")) {
            Previews.Intensity in = Previews.intensity(q, draft.doc().grid());
            intensity.setSrc(new StreamResource("intensity.png", () -> new ByteArrayInputStream(in.png())));
            intensityFigures.setText(getTranslation("design.quake.figures", String.format(Locale.ROOT, "%.1f", in.max()),
                    String.format(Locale.ROOT, "%.0f", 100 * in.shareAtLeast8())));
        }
        fireMap.removeAll();
        FireSpec fs = find(FireSpec.class);
        if (fs != null && !hasProblem("$.layers") && !hasProblem("$.grid")) {
            GridMap map = new GridMap(draft.loaded(), EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS, MapLayer.REPORTS),
                    EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS, MapLayer.REPORTS));
            map.setId("fire-map");
            map.show(null, fs.ignitionsOrEmpty().stream().map(i -> new Marker(i.cell(), getTranslation("map.ignition"), "", true)).toList());
            map.addCellListener(this::addIgnition);
            fireMap.add(map);
        }
    }

    private boolean hasProblem(String path) {
        return draft.problems().stream().anyMatch(v -> FieldErrors.covers(path, v.path()));
    }

    /** A click on the intensity preview moves the epicentre there. */
    void pickEpicentre(int x, int y) {
        var grid = draft.doc().grid();
        int scale = Math.max(1, Math.min(8, 640 / grid.cols()));
        updating = true;
        epiCol.setValue(Math.min(grid.cols() - 1, Math.max(0, x / scale)));
        epiRow.setValue(Math.min(grid.rows() - 1, Math.max(0, y / scale)));
        updating = false;
        apply(epiCol);
    }

    /** A click on the fire map adds an ignition there. */
    void addIgnition(CellRef cell) {
        String now = ignitions.getValue().strip();
        updating = true;
        ignitions.setValue((now.isEmpty() ? "" : now + "; ") + cell.col() + "," + cell.row());
        updating = false;
        apply(ignitions);
    }

    void show(List<Violation> problems) {
        if (draft.doc() != shown) {
            load();
        }
        errors.show(problems);
    }
}
