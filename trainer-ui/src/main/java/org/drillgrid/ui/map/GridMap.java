package org.drillgrid.ui.map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * A server-rendered map (PNG from {@link MapRenderer}) with layer toggles, a legend of the layers offered,
 * and clicks reported as the cell under the pointer. Give it a {@link Frame} (truth or reported picture)
 * and pins with {@link #show}; it redraws when the layers change.
 */
public final class GridMap extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final transient MapRenderer renderer;
    private final Image image = new Image();
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private final Set<MapLayer> offered;
    private final List<Consumer<CellRef>> cellListeners = new ArrayList<>();
    private transient Frame frame;
    private transient List<Marker> markers = List.of();
    private int version;

    /**
     * @param offered the layers the user may toggle (those the scenario lacks are dropped)
     * @param shown   the layers on at first
     */
    public GridMap(LoadedScenario scenario, Set<MapLayer> offered, Set<MapLayer> shown) {
        this.renderer = new MapRenderer(scenario);
        this.offered = EnumSet.copyOf(offered);
        scenario.layer("landUse").ifPresentOrElse(l -> { }, () -> this.offered.remove(MapLayer.LAND_USE));
        scenario.layer("roads").ifPresentOrElse(l -> { }, () -> this.offered.remove(MapLayer.ROADS));
        scenario.layer("population").ifPresentOrElse(l -> { }, () -> this.offered.remove(MapLayer.POPULATION));
        image.setId("map");
        image.setAlt(getTranslation("run.map"));
        image.setWidth(renderer.width() + "px");
        image.setHeight(renderer.height() + "px");
        image.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("image-rendering", "pixelated")
                .set("cursor", "crosshair");
        image.getElement().addEventListener("click", e -> {
            int x = (int) e.getEventData().getNumber("event.offsetX");
            int y = (int) e.getEventData().getNumber("event.offsetY");
            click(x, y);
        }).addEventData("event.offsetX").addEventData("event.offsetY");
        layers.setId("layers");
        layers.setItems(this.offered);
        layers.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        Set<MapLayer> on = EnumSet.noneOf(MapLayer.class);
        on.addAll(shown);
        on.retainAll(this.offered);
        layers.setValue(on);
        layers.addValueChangeListener(e -> render());
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setWidth(null);
        getContent().add(image, layers, legend());
        render();
    }

    /** Reports a click at pixel (x, y) of the image as its cell. Public for tests (a click without a browser). */
    public void click(int x, int y) {
        CellRef cell = renderer.cellAt(x, y);
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

    private void render() {
        byte[] png = renderer.png(layers.getValue(), frame, markers);
        version++;
        image.setSrc(new StreamResource("map-" + version + ".png", () -> new ByteArrayInputStream(png)));
    }

    private Div legend() {
        Map<String, Color> entries = new LinkedHashMap<>();
        if (offered.contains(MapLayer.LAND_USE)) {
            entries.put("legend.water", Palette.landUse(LandUse.WATER));
            entries.put("legend.urban", Palette.landUse(LandUse.URBAN_DENSE));
            entries.put("legend.residential", Palette.landUse(LandUse.URBAN_RESIDENTIAL));
            entries.put("legend.industrial", Palette.landUse(LandUse.INDUSTRIAL));
            entries.put("legend.cropland", Palette.landUse(LandUse.CROPLAND));
            entries.put("legend.forest", Palette.landUse(LandUse.FOREST));
        }
        if (offered.contains(MapLayer.ROADS)) {
            entries.put("legend.road", Palette.road(RoadClass.MAIN));
            entries.put("legend.underpass", Palette.road(RoadClass.UNDERPASS));
        }
        if (offered.contains(MapLayer.POPULATION)) {
            entries.put("legend.population", Palette.POPULATION);
        }
        if (offered.contains(MapLayer.WATER)) {
            for (double d : Palette.DEPTH_CLASSES) {
                entries.put("legend.depth." + d, Palette.depth(d));
            }
        }
        if (offered.contains(MapLayer.FIRE)) {
            entries.put("legend.burned", Palette.BURNED);
            entries.put("legend.fireline", Palette.FIRELINE);
        }
        if (offered.contains(MapLayer.DAMAGE)) {
            for (int s = 1; s <= 4; s++) {
                entries.put("legend.damage." + s, Palette.damage(s));
            }
        }
        if (offered.contains(MapLayer.PEOPLE)) {
            for (int s = Frame.PEOPLE_UNAWARE; s <= Frame.PEOPLE_DEAD; s++) {
                entries.put("legend.people." + s, Palette.people(s));
            }
        }
        if (offered.contains(MapLayer.CLOSURES)) {
            entries.put("legend.closed", Palette.CLOSED);
            entries.put("legend.blocked", Palette.BLOCKED);
        }
        if (offered.contains(MapLayer.OUTAGES)) {
            entries.put("legend.powerOut", Palette.POWER_OUT);
            entries.put("legend.networkOut", Palette.NETWORK_OUT);
        }
        if (offered.contains(MapLayer.SHELTERS)) {
            entries.put("legend.shelter", Palette.SHELTER);
            entries.put("legend.shelterClosed", Palette.SHELTER_CLOSED);
        }
        if (offered.contains(MapLayer.DEPOTS)) {
            entries.put("legend.depot", Palette.DEPOT);
        }
        if (offered.contains(MapLayer.TEAMS)) {
            entries.put("legend.team", Palette.TEAM);
            entries.put("legend.teamIdle", Palette.TEAM_IDLE);
        }
        if (offered.contains(MapLayer.CONVOYS)) {
            entries.put("legend.convoy", Palette.CONVOY);
        }
        if (offered.contains(MapLayer.REPORTS)) {
            entries.put("legend.report", Palette.REPORT);
            entries.put("legend.alert", Palette.ALERT);
        }
        FlexLayout items = new FlexLayout();
        items.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        items.getStyle().set("gap", "0.3em 1em").set("max-width", renderer.width() + "px");
        entries.forEach((key, colour) -> {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                    .set("background", Palette.hex(colour)).set("margin-right", "0.3em").set("vertical-align", "middle")
                    .set("border", "1px solid var(--lumo-contrast-30pct)");
            String label = key.startsWith("legend.depth.")
                    ? getTranslation("legend.depth", key.substring("legend.depth.".length())) : getTranslation(key);
            Span item = new Span(swatch, new Span(label));
            item.getStyle().set("font-size", "var(--lumo-font-size-s)");
            items.add(item);
        });
        Div legend = new Div(new Span(getTranslation("legend.title") + ": "), items);
        legend.setId("legend");
        return legend;
    }
}
