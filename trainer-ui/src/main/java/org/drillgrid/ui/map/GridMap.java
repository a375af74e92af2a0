package org.drillgrid.ui.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * A web map (Leaflet, from the app's own origin) of a scenario's grid, north up, in the grid's metres: pan and
 * zoom, a scale bar, a north arrow, grid ticks with the grid's coordinates (and longitude/latitude where the
 * grid has a coordinate system), the hillshaded terrain and the simulation layers as image overlays, vector
 * labels with names and state, outlines of named areas and of the user's selection, and below it the layer
 * toggles and the legend of the layers shown. Give it a {@link Frame} (truth or reported picture) and pins
 * with {@link #show}; a click on the map is reported as its cell.
 *
 * <p>Each moment's overlay is a numbered image; the browser fetches only the newest number it was told of,
 * and swaps it in once it has loaded, so nothing flashes. The server keeps the last {@value #KEPT_FRAMES}
 * images, and answers an older number with the newest image, so no fetch ever fails.
 */
public final class GridMap extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    /** Overlay images kept for fetches still on their way. */
    static final int KEPT_FRAMES = 4;
    /** The map's width; its height follows the grid's shape, from 360 to 700 px. */
    static final int WIDTH_PX = 800;
    /** The least height of a map that fills its container ({@link #fillHeight}). */
    static final int MIN_FILL_PX = 240;
    static final String LEAFLET = "context://webjars/leaflet/1.9.4/dist/";
    static final String SCRIPT = "context://map/gridmap.js";
    static final String STYLE = "context://map/gridmap.css";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient MapRenderer renderer;
    private final transient SceneMaker scenes;
    private final transient MapGeometry geometry;
    private final Div canvas = new Div();
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private final Div legend = new Div();
    private final Set<MapLayer> offered;
    private final List<Consumer<CellRef>> cellListeners = new ArrayList<>();
    private final transient OverlayFrames frames = new OverlayFrames(KEPT_FRAMES);
    private transient Frame frame;
    private transient List<Marker> markers = List.of();
    private transient List<Integer> selection;
    private transient CellRef corner;
    private transient MapScene scene;
    private int version;

    /**
     * @param offered the layers the user may toggle (those the scenario lacks are dropped; named areas and
     *                sensors are added where the drill has them)
     * @param shown   the layers on at first (named areas are always on at first)
     */
    public GridMap(LoadedScenario scenario, Set<MapLayer> offered, Set<MapLayer> shown) {
        this.renderer = new MapRenderer(scenario);
        this.scenes = new SceneMaker(scenario.scenario(), getLocale(), this::getTranslation);
        this.geometry = MapGeometry.of(scenario.scenario().grid());
        this.offered = EnumSet.copyOf(offered);
        scenario.layer("landUse").ifPresentOrElse(l -> { }, () -> this.offered.remove(MapLayer.LAND_USE));
        scenario.layer("roads").ifPresentOrElse(l -> { }, () -> this.offered.remove(MapLayer.ROADS));
        scenario.layer("population").ifPresentOrElse(l -> { }, () -> this.offered.remove(MapLayer.POPULATION));
        var drill = scenario.scenario().drillOrEmpty();
        if (drill.placesOrEmpty().isEmpty()) {
            this.offered.remove(MapLayer.PLACES);
        } else {
            this.offered.add(MapLayer.PLACES);
        }
        if (drill.sensorsOrEmpty().stream().noneMatch(s -> s.cell() != null)) {
            this.offered.remove(MapLayer.SENSORS);
        }
        canvas.setId("map");
        canvas.addClassName("dg-map");
        canvas.getElement().setAttribute("role", "application");
        canvas.getElement().setAttribute("aria-label", getTranslation("run.map"));
        canvas.setWidthFull();
        int height = Math.max(360, Math.min(700, WIDTH_PX * geometry.rows() / geometry.cols()));
        canvas.setHeight(height + "px");
        canvas.getStyle().set("max-width", "100%");
        byte[] terrain = renderer.terrainPng();
        canvas.getElement().setAttribute("data-terrain", OverlayFrames.png(() -> terrain));
        canvas.getElement().setAttribute("data-overlay", frames.handler());
        canvas.getElement().addEventListener("dg-cell", e -> clickCell(new CellRef(
                (int) e.getEventData().getNumber("event.detail.col"),
                (int) e.getEventData().getNumber("event.detail.row"))))
                .addEventData("event.detail.col").addEventData("event.detail.row");
        layers.setId("layers");
        layers.setItems(this.offered);
        layers.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        Set<MapLayer> on = EnumSet.noneOf(MapLayer.class);
        on.addAll(shown);
        on.add(MapLayer.PLACES);
        on.retainAll(this.offered);
        layers.setValue(on);
        layers.addValueChangeListener(e -> render());
        legend.setId("legend");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setWidth(WIDTH_PX + "px"); // the toggles and the legend wrap under the map
        getContent().getStyle().set("max-width", "100%");
        getContent().add(canvas, layers, legend);
        render();
    }

    /**
     * Makes the map fill the height its container gives it (a flex column, such as a dashboard's main pane)
     * instead of following the grid's shape: the map takes what the layer toggles and the legend under it
     * leave, and at least {@value #MIN_FILL_PX} px. The browser map follows the new size by itself.
     */
    public void fillHeight() {
        getContent().addClassName("dg-map-fill");
        getContent().setWidthFull();
        getContent().getStyle().set("flex", "1 1 0").set("min-height", "0");
        canvas.setHeight(null);
        canvas.getStyle().set("flex", "1 1 0").set("min-height", MIN_FILL_PX + "px");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        page.addStyleSheet(LEAFLET + "leaflet.css");
        page.addStyleSheet(STYLE);
        page.addJavaScript(LEAFLET + "leaflet.js");
        page.addJavaScript(SCRIPT);
        // the scripts load before the calls run, as page dependencies; the wait covers a slow first load
        canvas.getElement().executeJs("const el = this, cfg = JSON.parse($0);"
                + " (function go() { window.DrillgridMap ? DrillgridMap.init(el, cfg) : setTimeout(go, 50); })();",
                json(geometry.config(this::getTranslation)));
        send();
    }

    /** Reports a click on a cell, as the browser does. Public for tests (a click without a browser). */
    public void clickCell(CellRef cell) {
        if (cell.col() < 0 || cell.row() < 0 || cell.col() >= geometry.cols() || cell.row() >= geometry.rows()) {
            return;
        }
        cellListeners.forEach(l -> l.accept(cell));
    }

    /** Called with the cell the user clicked. */
    public void addCellListener(Consumer<CellRef> listener) {
        cellListeners.add(listener);
    }

    /** Shows a new moment. */
    public void show(Frame newFrame, List<Marker> pins) {
        this.frame = newFrame;
        this.markers = pins == null ? List.of() : List.copyOf(pins);
        render();
    }

    /**
     * Outlines the user's selection: a rectangle of cells {@code [c0, r0, c1, r1]} (null: none) and the first
     * corner of one being picked (null: none).
     */
    public void select(List<Integer> rectangle, CellRef firstCorner) {
        this.selection = rectangle == null ? null : List.copyOf(rectangle);
        this.corner = firstCorner;
        scene = scenes.make(layers.getValue(), frame, markers, selection, corner);
        showLegend();
        send();
    }

    public Set<MapLayer> shownLayers() {
        return layers.getValue();
    }

    public void setShownLayers(Set<MapLayer> shown) {
        layers.setValue(shown);
    }

    /** How many times the map was drawn (for tests of push and toggles). */
    public int version() {
        return version;
    }

    /** What the map draws over its rasters now (for tests). */
    public MapScene scene() {
        return scene;
    }

    /** The overlay image of the newest moment, a PNG (for tests). */
    public byte[] overlay() {
        return frames.get(version);
    }

    private void render() {
        Set<MapLayer> shown = layers.getValue();
        version++;
        frames.put(version, renderer.overlayPng(shown, frame));
        scene = scenes.make(shown, frame, markers, selection, corner);
        showLegend();
        send();
    }

    /** Sends the moment to the browser; before the map is attached, {@link #onAttach} sends it. */
    private void send() {
        if (scene == null || !isAttached()) {
            return;
        }
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", version);
        update.put("labels", scene.labels());
        update.put("outlines", scene.outlines());
        canvas.getElement().executeJs("const el = this, u = JSON.parse($0);"
                + " (function go() { window.DrillgridMap ? DrillgridMap.update(el, u) : setTimeout(go, 50); })();",
                json(update));
    }

    private void showLegend() {
        FlexLayout items = new FlexLayout();
        items.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        items.getStyle().set("gap", "0.3em 1em");
        for (MapScene.LegendEntry e : scene.legend()) {
            Span swatch = new Span();
            swatch.addClassName("dg-swatch");
            swatch.getStyle().set("background", e.colour());
            Span item = new Span(swatch, new Span(e.text()));
            item.addClassName("dg-legend-item");
            items.add(item);
        }
        legend.removeAll();
        legend.add(new Span(getTranslation("legend.title") + ": "), items);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map update could not be written as JSON", e);
        }
    }
}
