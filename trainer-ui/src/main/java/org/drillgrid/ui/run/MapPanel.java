package org.drillgrid.ui.run;

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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.ui.map.MapLayer;
import org.drillgrid.ui.map.MapRenderer;
import org.drillgrid.ui.map.Palette;

/** The server-rendered map with layer toggles and a legend of what is shown. */
final class MapPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final transient MapRenderer renderer;
    private final Image image = new Image();
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private int version;
    private transient double[] depths;

    MapPanel(LoadedScenario scenario, boolean flood) {
        this.renderer = new MapRenderer(scenario);
        image.setId("map");
        image.setAlt(getTranslation("run.map"));
        image.setWidth(renderer.width() + "px");
        image.setHeight(renderer.height() + "px");
        image.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("image-rendering", "pixelated");
        layers.setId("layers");
        Set<MapLayer> offered = available(scenario);
        if (flood) {
            offered.add(MapLayer.WATER);
        }
        layers.setItems(offered);
        layers.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        Set<MapLayer> shown = EnumSet.copyOf(offered);
        shown.remove(MapLayer.POPULATION); // on request: the density tint hides land use and roads
        layers.setValue(shown);
        layers.addValueChangeListener(e -> render());
        getContent().setPadding(false);
        getContent().setWidth(null);
        getContent().add(image, layers, legend());
        render();
    }

    private static Set<MapLayer> available(LoadedScenario s) {
        Set<MapLayer> set = EnumSet.of(MapLayer.FORCES);
        s.layer("landUse").ifPresent(l -> set.add(MapLayer.LAND_USE));
        s.layer("roads").ifPresent(l -> set.add(MapLayer.ROADS));
        s.layer("population").ifPresent(l -> set.add(MapLayer.POPULATION));
        return set;
    }

    /** Redraws the map with new water depths (m per cell). */
    void showDepths(double[] newDepths) {
        this.depths = newDepths;
        if (layers.getValue().contains(MapLayer.WATER)) {
            render();
        }
    }

    private void render() {
        byte[] png = renderer.png(layers.getValue(), depths);
        version++;
        image.setSrc(new StreamResource("map-" + version + ".png", () -> new ByteArrayInputStream(png)));
    }

    private Div legend() {
        Map<String, Color> entries = new LinkedHashMap<>();
        entries.put("legend.water", Palette.landUse(LandUse.WATER));
        entries.put("legend.urban", Palette.landUse(LandUse.URBAN_DENSE));
        entries.put("legend.residential", Palette.landUse(LandUse.URBAN_RESIDENTIAL));
        entries.put("legend.industrial", Palette.landUse(LandUse.INDUSTRIAL));
        entries.put("legend.cropland", Palette.landUse(LandUse.CROPLAND));
        entries.put("legend.forest", Palette.landUse(LandUse.FOREST));
        entries.put("legend.road", Palette.road(RoadClass.MAIN));
        entries.put("legend.underpass", Palette.road(RoadClass.UNDERPASS));
        entries.put("legend.population", Palette.POPULATION);
        for (double d : Palette.DEPTH_CLASSES) {
            entries.put("legend.depth." + d, Palette.depth(d));
        }
        entries.put("legend.team", Palette.TEAM);
        entries.put("legend.depot", Palette.DEPOT);
        entries.put("legend.shelter", Palette.SHELTER);
        FlexLayout items = new FlexLayout();
        items.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        items.getStyle().set("gap", "0.3em 1em").set("max-width", renderer.width() + "px");
        entries.forEach((key, colour) -> {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                    .set("background", Palette.hex(colour)).set("margin-right", "0.3em").set("vertical-align", "middle");
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
