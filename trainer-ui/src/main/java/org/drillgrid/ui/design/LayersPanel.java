package org.drillgrid.ui.design;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.model.gis.GeoJsonImport;
import org.drillgrid.model.gis.ImportException;
import org.drillgrid.model.gis.ImportReport;
import org.drillgrid.model.gis.RasterImport;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.ui.map.GridMap;
import org.drillgrid.ui.map.MapLayer;

/**
 * The draft's grid layers: what each holds, a raster import per layer (ESRI ASCII or GeoTIFF, resampled
 * onto the grid with a report), a GeoJSON import for roads, facilities and places, and a map of the result.
 */
final class LayersPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> LAYERS = List.of("elevation", "landUse", "population", "buildings", "roads");

    private final transient Draft draft;
    private final transient DesignService design;
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, Span> states = new LinkedHashMap<>();
    private final Map<String, Span> problems = new LinkedHashMap<>();
    final Pre report = new Pre();
    final Select<String> featuresAs = new Select<>();
    private final Div mapBox = new Div();
    private transient org.drillgrid.model.scenario.Scenario shown;

    LayersPanel(Draft draft, DesignService design) {
        this.draft = draft;
        this.design = design;
        setPadding(false);
        add(new Paragraph(getTranslation("design.layers.intro")));
        for (String layer : LAYERS) {
            Span name = new Span(getTranslation("design.layer." + layer));
            name.setWidth("9em");
            name.getStyle().set("font-weight", "600");
            Span state = new Span();
            state.setId("layer-state-" + layer);
            state.setWidth("26em");
            states.put(layer, state);
            Span problem = new Span();
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            problems.put(layer, problem);
            var upload = Uploads.upload("upload-" + layer, RasterImport.MAX_BYTES, (f, b) -> importLayer(layer, f, b),
                    ".asc", ".tif", ".tiff");
            HorizontalLayout row = new HorizontalLayout(name, state, upload);
            if (!layer.equals("elevation")) {
                Button remove = new Button(getTranslation("design.layers.remove"), e -> remove(layer));
                remove.setId("remove-" + layer);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            row.add(problem);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.getStyle().set("flex-wrap", "wrap");
            add(row);
        }
        featuresAs.setId("features-as");
        featuresAs.setLabel(getTranslation("design.features.as"));
        featuresAs.setItems(FeatureMapping.KINDS);
        featuresAs.setItemLabelGenerator(k -> getTranslation("design.features.kind." + k));
        featuresAs.setValue("auto");
        var features = Uploads.upload("upload-features", GeoJsonImport.MAX_BYTES, this::importFeatures, ".geojson",
                ".json");
        HorizontalLayout featureRow = new HorizontalLayout(featuresAs, features);
        featureRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        report.setId("import-report");
        report.getStyle().set("white-space", "pre-wrap").set("max-width", "60em");
        report.setVisible(false);
        add(new H3(getTranslation("design.features")), new Paragraph(getTranslation("design.features.help")),
                featureRow, report, mapBox);
        refresh();
    }

    /** Imports a raster into a layer and shows its report. */
    void importLayer(String layer, String fileName, byte[] bytes) {
        try {
            ImportReport r = design.importLayer(draft, layer, fileName, bytes);
            showReport(getTranslation("design.layers.imported", fileName, getTranslation("design.layer." + layer))
                    + "\n" + r.summary(), false);
        } catch (ImportException e) {
            showReport(getTranslation("design.layers.refused", fileName, e.getMessage()), true);
        }
    }

    /** Imports GeoJSON features into the draft (roads, shelters, depots, teams, sensors, places). */
    void importFeatures(String fileName, byte[] bytes) {
        try {
            FeatureMapping.Outcome o = FeatureMapping.apply(draft, fileName, bytes, featuresAs.getValue());
            StringBuilder text = new StringBuilder(getTranslation("design.features.imported", fileName));
            o.placed().forEach((kind, n) -> text.append("\n  ").append(getTranslation("design.features.kind." + kind))
                    .append(": ").append(n));
            if (o.outside() > 0) {
                text.append('\n').append(getTranslation("design.features.outside", o.outside()));
            }
            o.skipped().forEach(s -> text.append("\n  ").append(s));
            o.notes().forEach(s -> text.append("\n  ").append(s));
            showReport(text.toString(), false);
        } catch (ImportException e) {
            showReport(getTranslation("design.layers.refused", fileName, e.getMessage()), true);
        }
    }

    private void showReport(String text, boolean error) {
        report.setText(text);
        report.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        report.setVisible(true);
    }

    private void remove(String layer) {
        draft.removeLayer(layer);
    }

    private void refresh() {
        shown = draft.doc();
        var present = draft.doc().layers() == null ? Map.<String, LayerSpec>of() : draft.doc().layers().present();
        for (String layer : LAYERS) {
            LayerSpec spec = present.get(layer);
            Span state = states.get(layer);
            if (spec == null) {
                state.setText(getTranslation("design.layers.none"));
            } else {
                var raster = draft.layer(layer);
                String how = spec instanceof LayerSpec.FromFile f ? f.file()
                        : spec instanceof LayerSpec.Constant c ? getTranslation("design.layers.constant", c.constant())
                        : getTranslation("design.layers.generated");
                state.setText(raster.map(r -> how + " · " + figures(layer, r)).orElse(how));
            }
        }
        mapBox.removeAll();
        if (draft.problems().stream().noneMatch(v -> v.path().startsWith("$.layers") || v.path().startsWith("$.grid"))) {
            GridMap map = new GridMap(draft.loaded(), EnumSet.of(MapLayer.LAND_USE, MapLayer.POPULATION, MapLayer.ROADS,
                    MapLayer.SHELTERS, MapLayer.DEPOTS, MapLayer.TEAMS), EnumSet.of(MapLayer.LAND_USE, MapLayer.ROADS,
                    MapLayer.SHELTERS, MapLayer.DEPOTS, MapLayer.TEAMS));
            map.setId("layers-map");
            mapBox.add(map);
        }
    }

    /** What a layer holds, in its own terms: heights, people, or how many cells have a class. */
    private String figures(String layer, org.drillgrid.model.grid.GridLayer r) {
        return switch (layer) {
            case "elevation" -> getTranslation("design.layers.range", String.format(Locale.ROOT, "%.1f", r.min()),
                    String.format(Locale.ROOT, "%.1f", r.max()));
            case "population" -> getTranslation("design.layers.people", String.format(Locale.ROOT, "%,.0f", r.sum()));
            default -> getTranslation("design.layers.cells", r.count(v -> v > 0));
        };
    }

    void show(List<Violation> all) {
        if (draft.doc() != shown) {
            refresh();
        }
        errors.show(all);
        for (String layer : LAYERS) {
            problems.get(layer).setText(all.stream().filter(v -> FieldErrors.covers("$.layers." + layer, v.path()))
                    .map(Violation::message).findFirst().orElse(""));
        }
    }
}
