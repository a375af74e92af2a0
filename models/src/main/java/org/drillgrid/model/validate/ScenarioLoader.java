package org.drillgrid.model.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.json.TextChecks;
import org.drillgrid.model.json.TreeBinder;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.Scenario;

/**
 * Reads, validates and loads a scenario in one pass that reports every problem it finds: file-level
 * problems (missing, too large, binary, not JSON) as one line, otherwise every binding, semantic and
 * layer violation with its JSON path.
 */
public final class ScenarioLoader {

    /** Largest scenario document accepted. Layers live in their own files, so documents stay small. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private ScenarioLoader() {
    }

    public static LoadedScenario load(ScenarioSource source) throws ScenarioException, IOException {
        List<Violation> violations = new ArrayList<>();
        Scenario scenario = check(source, violations);
        Map<String, GridLayer> layers = Map.of();
        boolean layersReadable = scenario != null && violations.stream()
                .noneMatch(v -> v.path().startsWith("$.grid") || v.path().startsWith("$.layers") || v.path().equals("$"));
        if (layersReadable && RunFit.gridFits(scenario.grid(), violations)) {
            layers = LayerReader.read(scenario, source, violations);
            if (violations.isEmpty()) {
                RunFit.check(scenario, layers, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw fail(source, violations);
        }
        return new LoadedScenario(scenario, source.describe(), layers);
    }

    /**
     * Whether {@code id} is a valid scenario id ({@code [a-z0-9][a-z0-9_-]{0,63}}): ids name folders and
     * appear in URLs, so code that makes one from user input checks it here.
     */
    public static boolean isScenarioId(String id) {
        return id != null && ScenarioValidator.ID.matcher(id).matches();
    }

    /** Reads and checks the document without loading its layers. */
    public static Scenario parse(ScenarioSource source) throws ScenarioException, IOException {
        List<Violation> violations = new ArrayList<>();
        Scenario scenario = check(source, violations);
        if (!violations.isEmpty()) {
            throw fail(source, violations);
        }
        return scenario;
    }

    /**
     * Checks a document held in memory (a designer's draft) with the rules a file is checked by, and the
     * given rasters by the layer value rules; every layer the document names must be among them, with
     * the grid's size. Returns every violation with its JSON path; empty when the draft is valid.
     */
    public static List<Violation> check(Scenario scenario, Map<String, GridLayer> layers) {
        List<Violation> violations = new ArrayList<>(ScenarioValidator.check(scenario, List.of()));
        boolean gridOk = violations.stream().noneMatch(v -> v.path().startsWith("$.grid"));
        if (gridOk && scenario.layers() != null) {
            for (String name : scenario.layers().present().keySet()) {
                GridLayer layer = layers.get(name);
                String path = "$.layers." + name;
                if (layer == null) {
                    violations.add(new Violation(path, "no raster for this layer"));
                } else if (layer.cols() != scenario.grid().cols() || layer.rows() != scenario.grid().rows()) {
                    violations.add(new Violation(path, "raster is " + layer.cols() + " x " + layer.rows()
                            + ", grid is " + scenario.grid().cols() + " x " + scenario.grid().rows()));
                } else {
                    LayerReader.checkValues(name, layer, scenario.grid().cellSize(), path, violations);
                }
            }
            if (violations.isEmpty()) {
                RunFit.check(scenario, layers, violations);
            }
        }
        return violations;
    }

    /** Binds and checks the document, adding what is wrong to {@code violations}; file-level problems throw. */
    private static Scenario check(ScenarioSource source, List<Violation> violations)
            throws ScenarioException, IOException {
        String text = readText(source);
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            // not only syntax errors: stream limits (nesting, string length) and a second value after the first
            throw fail(source, List.of(new Violation("$", source.documentName() + " is not valid JSON: "
                    + syntaxMessage(e))));
        }
        if (tree == null || tree.isMissingNode()) {
            throw fail(source, List.of(new Violation("$", source.documentName() + " is empty; a scenario is a JSON object")));
        }
        if (!tree.isObject()) {
            throw fail(source, List.of(new Violation("$", "a scenario document is a JSON object, found "
                    + tree.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        // nulls and broken text first: the binder and the rules then know these paths are reported
        List<Violation> broken = TextChecks.problems(tree);
        violations.addAll(broken);
        List<Violation> binding = new ArrayList<>();
        Scenario scenario = TreeBinder.bind((ObjectNode) TextChecks.withoutNulls(tree), Scenario.class, binding);
        for (Violation v : binding) {
            // an empty object in a null's place that cannot be what the list holds: the null is reported
            if (broken.stream().noneMatch(b -> v.path().equals(b.path()) || v.path().startsWith(b.path() + ".")
                    || v.path().startsWith(b.path() + "["))) {
                violations.add(v);
            }
        }
        if (scenario != null) {
            violations.addAll(ScenarioValidator.check(scenario, violations));
        }
        return scenario;
    }

    private static String readText(ScenarioSource source) throws ScenarioException, IOException {
        byte[] bytes;
        try (InputStream in = source.openDocument()) {
            bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw fail(source, List.of(new Violation("$", String.format(Locale.ROOT,
                        "%s is larger than %d MB, the most a scenario document may be (rasters belong in layer files)",
                        source.documentName(), MAX_DOCUMENT_BYTES / 1048576))));
            }
        } catch (NoSuchFileException e) {
            throw fail(source, List.of(new Violation("$", "no such file: " + source.describe())));
        } catch (java.nio.file.FileSystemException e) {
            throw fail(source, List.of(new Violation("$", "cannot read " + source.describe() + ": "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()))));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw fail(source, List.of(new Violation("$", source.documentName()
                    + " is binary data (byte " + nul + " is NUL), not a JSON scenario document")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw fail(source, List.of(new Violation("$", source.documentName()
                    + " is not UTF-8 text; a scenario document is JSON in UTF-8")));
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        JsonLocation loc = e.getLocation();
        return loc == null ? msg : msg + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    static ScenarioException fail(ScenarioSource source, List<Violation> violations) {
        // messages quote what the document held: broken text in them would break whoever prints them
        return new ScenarioException(source.describe(), violations.stream()
                .map(v -> new Violation(TextChecks.printable(v.path()), TextChecks.printable(v.message()))).toList());
    }
}
