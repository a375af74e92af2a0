package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.json.Violation;

/**
 * A scenario folder for a test: a valid minimal document that a test changes field by field, plus layer
 * files, written to {@code scenario.json} in a temporary directory when loaded.
 */
final class ScenarioFolder {

    /** The smallest document that loads: 20 x 10 cells of 30 m, 6 h, flat ground at 100 m. */
    static final String MINIMAL = """
            {
              "id": "mini",
              "grid": {"cols": 20, "rows": 10, "cellSize": 30},
              "duration": "6h",
              "layers": {"elevation": {"constant": 100}}
            }
            """;

    private final Path dir;
    private final ObjectNode doc;

    private ScenarioFolder(Path dir, ObjectNode doc) {
        this.dir = dir;
        this.doc = doc;
    }

    static ScenarioFolder minimal(Path dir) {
        return new ScenarioFolder(dir, (ObjectNode) json(MINIMAL));
    }

    /** Sets the field at a dotted path ({@code forces.teams}, {@code grid.cols}) to a JSON value. */
    ScenarioFolder set(String dottedPath, String jsonValue) {
        String[] keys = dottedPath.split("\\.");
        parentOf(keys).set(keys[keys.length - 1], json(jsonValue));
        return this;
    }

    /** Removes the field at a dotted path. */
    ScenarioFolder remove(String dottedPath) {
        String[] keys = dottedPath.split("\\.");
        parentOf(keys).remove(keys[keys.length - 1]);
        return this;
    }

    /** Writes a file (a layer raster, usually) beside the document; the name may contain folders. */
    ScenarioFolder file(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.US_ASCII);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    Path document() {
        try {
            Path p = dir.resolve("scenario.json");
            Files.writeString(p, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadedScenario load() throws ScenarioException, IOException {
        return ScenarioLoader.load(ScenarioSource.file(document()));
    }

    /** The violations loading reports, each as {@code <path>: <message>}; fails when it loads. */
    List<String> violations() {
        return violationsOf(() -> ScenarioLoader.load(ScenarioSource.file(document())));
    }

    /** Asserts exactly these violations, in any order, each reported once. */
    void assertViolations(String... expected) {
        assertSameViolations(violations(), expected);
    }

    interface Load {
        Object run() throws Exception;
    }

    static List<String> violationsOf(Load load) {
        ScenarioException e = assertThrows(ScenarioException.class, load::run);
        List<String> lines = e.violations().stream().map(Violation::toString).toList();
        assertEquals(String.join("\n", lines), e.getMessage(), "the message lists the violations, one a line");
        return lines;
    }

    static void assertSameViolations(List<String> actual, String... expected) {
        List<String> want = Arrays.stream(expected).sorted().toList();
        List<String> got = actual.stream().sorted().toList();
        assertEquals(String.join("\n", want), String.join("\n", got));
    }

    /** {@code objectJson} with {@code key} set to {@code valueJson}: a variant of a sample object. */
    static String with(String objectJson, String key, String valueJson) {
        ObjectNode o = (ObjectNode) json(objectJson);
        o.set(key, json(valueJson));
        return o.toString();
    }

    /** {@code objectJson} without {@code key}. */
    static String without(String objectJson, String key) {
        ObjectNode o = (ObjectNode) json(objectJson);
        o.remove(key);
        return o.toString();
    }

    private ObjectNode parentOf(String[] keys) {
        ObjectNode node = doc;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode child = node.get(keys[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(keys[i]);
        }
        return node;
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("test JSON is malformed: " + text, e);
        }
    }
}
