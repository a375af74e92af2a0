package org.drillgrid.model.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * The scenarios bundled on the classpath: {@code scenarios/index.json} lists them, each lives in
 * {@code scenarios/<id>/scenario.json} with its layer files beside it. Found through the classpath so
 * that the engine and UI need no compile-time dependency on the {@code scenarios} module.
 */
public final class ScenarioCatalog {

    public static final String INDEX = "scenarios/index.json";

    /** One bundled scenario as the index lists it. */
    public record Entry(String id, LocalizedText name, LocalizedText summary) {
    }

    private final ClassLoader loader;
    private final List<Entry> entries;

    private ScenarioCatalog(ClassLoader loader, List<Entry> entries) {
        this.loader = loader;
        this.entries = List.copyOf(entries);
    }

    /** The catalog of the given class loader; empty when no index is on its classpath. */
    public static ScenarioCatalog of(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return new ScenarioCatalog(loader, List.of());
            }
            JsonNode root = Json.mapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("scenarios")) {
                entries.add(new Entry(e.path("id").asText(),
                        Json.mapper().treeToValue(e.path("name"), LocalizedText.class),
                        Json.mapper().treeToValue(e.path("summary"), LocalizedText.class)));
            }
            return new ScenarioCatalog(loader, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled scenario index " + INDEX + " is unreadable", e);
        }
    }

    public static ScenarioCatalog bundled() {
        return of(ScenarioCatalog.class.getClassLoader());
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<ScenarioSource> source(String id) {
        return entry(id).map(e -> ScenarioSource.bundled(id, loader, "scenarios/" + id + "/scenario.json"));
    }
}
