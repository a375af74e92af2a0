package org.drillgrid.ui.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Layers;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;

/**
 * A scenario being edited in the designer: the document and its rasters, held in memory until saved as a
 * new library version. Every edit replaces the (immutable) document and tells the listeners, which
 * re-check it ({@link #problems()}) and redraw.
 */
public final class Draft {

    private Scenario doc;
    private final Map<String, GridLayer> layers = new LinkedHashMap<>();
    private final Integer baseVersion;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean dirty;
    /** The current document's problems, or null until asked for after an edit. */
    private List<Violation> problems;

    /** A draft of a loaded scenario, with all its layers materialised; {@code version} is the library version or null. */
    public Draft(LoadedScenario loaded, Integer version) {
        this.doc = loaded.scenario();
        this.layers.putAll(loaded.layers());
        this.baseVersion = version;
    }

    /** A new, not yet saved draft. */
    public Draft(Scenario doc, Map<String, GridLayer> layers) {
        this.doc = doc;
        this.layers.putAll(layers);
        this.baseVersion = null;
        this.dirty = true;
    }

    public Scenario doc() {
        return doc;
    }

    /** The library version this draft started from, or null for a new scenario. */
    public Integer baseVersion() {
        return baseVersion;
    }

    public boolean dirty() {
        return dirty;
    }

    void saved() {
        dirty = false;
    }

    /** Applies an edit to the document. */
    public void edit(UnaryOperator<Scenario> change) {
        Scenario next = change.apply(doc);
        if (!next.equals(doc)) {
            doc = next;
            changed();
        }
    }

    /** Replaces a layer's raster; the saved document will reference it as {@code layers/<name>.asc}. */
    public void setLayer(String name, GridLayer raster) {
        layers.put(name, raster);
        LayerSpec file = new LayerSpec.FromFile("layers/" + name + ".asc");
        doc = Edits.withLayers(doc, Edits.withLayer(doc.layers(), name, file));
        changed();
    }

    /** Removes an optional layer (not elevation). */
    public void removeLayer(String name) {
        if (name.equals("elevation")) {
            throw new IllegalArgumentException("elevation is required");
        }
        layers.remove(name);
        doc = Edits.withLayers(doc, Edits.withLayer(doc.layers(), name, null));
        changed();
    }

    public java.util.Optional<GridLayer> layer(String name) {
        return java.util.Optional.ofNullable(layers.get(name));
    }

    /** The rasters the saved version must hold as files: every layer the document reads from a file. */
    public Map<String, GridLayer> fileLayers() {
        Map<String, GridLayer> out = new LinkedHashMap<>();
        Layers l = doc.layers();
        if (l != null) {
            l.present().forEach((name, spec) -> {
                if (spec instanceof LayerSpec.FromFile && layers.containsKey(name)) {
                    out.put(name, layers.get(name));
                }
            });
        }
        return out;
    }

    /** Every rule the draft breaks, with its JSON path; empty when it can be saved and run. */
    public List<Violation> problems() {
        if (problems == null) { // checked once per edit, however many panels ask
            problems = List.copyOf(ScenarioLoader.check(doc, present()));
        }
        return problems;
    }

    private Map<String, GridLayer> present() {
        Map<String, GridLayer> out = new LinkedHashMap<>();
        if (doc.layers() != null) {
            for (String name : doc.layers().present().keySet()) {
                if (layers.containsKey(name)) {
                    out.put(name, layers.get(name));
                }
            }
        }
        return out;
    }

    /** The draft as the engine takes it (only meaningful when {@link #problems()} is empty). */
    public LoadedScenario loaded() {
        return new LoadedScenario(doc, "draft:" + doc.id(), present());
    }

    /** Listens to edits; returns the action that stops listening (a page that goes away must call it). */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        dirty = true;
        problems = null;
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
