package org.drillgrid.model.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Layers;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * Designer-authored scenarios under {@code <dataDir>/library/<id>/}: every save is a new immutable
 * folder {@code v<N>/} with {@code scenario.json}, its layer files and {@code version.json} (number, time,
 * user, comment, SHA-256 of the document). A version is put together and validated in
 * {@code library/.staging/}, then moved into place in one atomic rename, so a reader never sees half a
 * version and two saves never share a number. Deleting only hides a scenario ({@code deleted.json}): its
 * versions stay, so sessions that ran on them can be replayed. See docs/packages.md.
 *
 * <p>The library does not know the bundled scenarios: callers keep their ids out
 * ({@code ScenarioCatalog.reserved}).
 */
public final class ScenarioLibrary {

    static final String STAGING = ".staging";
    static final String DOCUMENT = "scenario.json";
    private static final List<String> LAYER_NAMES = List.of("elevation", "landUse", "population", "buildings",
            "roads");
    /** Enough places that a raster's values read back as the same doubles (shortest decimal form). */
    private static final int LAYER_DECIMALS = 15;

    /** A library scenario at its latest version; {@code name} is the document's, else its id. */
    public record Entry(String id, int version, LocalizedText name, LocalizedText description, Instant saved,
            String savedBy, boolean deleted) {
    }

    /** One saved version, as its {@code version.json} records it. */
    public record Version(int version, Instant saved, String savedBy, String comment, String sha256) {
    }

    private final Path root;
    private final VersionFolders folders;

    public ScenarioLibrary(Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("library");
        this.folders = new VersionFolders(root);
    }

    /** {@code <dataDir>/library}. */
    public Path root() {
        return root;
    }

    /** The scenarios not deleted, sorted by id. */
    public List<Entry> list() {
        return listAll().stream().filter(e -> !e.deleted()).toList();
    }

    /** Every scenario with at least one version, deleted ones too, sorted by id. */
    public List<Entry> listAll() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> ids;
        try (Stream<Path> dirs = Files.list(root)) {
            ids = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(ScenarioLoader::isScenarioId).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenario library " + root, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(entries::add);
        }
        return entries;
    }

    /** The scenario at its latest version, even when deleted; empty when it has no version. */
    public Optional<Entry> find(String id) {
        List<Version> versions = versions(id);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Version last = versions.get(versions.size() - 1);
        JsonNode doc = VersionFolders.readTree(folders.folder(id, last.version()).resolve(DOCUMENT));
        LocalizedText name = text(doc, "name");
        return Optional.of(new Entry(id, last.version(), name == null || name.isEmpty() ? LocalizedText.of(id) : name,
                text(doc, "description"), last.saved(), last.savedBy(), folders.deleted(id)));
    }

    /** The versions of a scenario, oldest first; empty when the library has none. */
    public List<Version> versions(String id) {
        checkId(id);
        List<Version> versions = new ArrayList<>();
        for (int n : folders.numbers(id)) {
            VersionFolders.VersionFile v = folders.record(id, n);
            if (v != null) {
                versions.add(new Version(n, Instant.parse(v.saved()), v.savedBy(), v.comment(), v.sha256()));
            }
        }
        return versions;
    }

    /**
     * One version as a scenario source ({@link ScenarioSource#describe()} is its document's path).
     *
     * @throws IllegalArgumentException naming {@code id@version} when there is no such version
     */
    public ScenarioSource source(String id, int version) {
        checkId(id);
        if (version < 1 || folders.record(id, version) == null) {
            throw new IllegalArgumentException("the scenario library has no " + id + "@" + version);
        }
        return new LibrarySource(id, version, folders.folder(id, version).resolve(DOCUMENT));
    }

    /** The latest version as a scenario source, deleted or not. */
    public Optional<ScenarioSource> latest(String id) {
        return find(id).map(e -> source(id, e.version()));
    }

    /**
     * Saves a new version: the document (its id is the scenario's id) with layers given as rasters; each
     * raster is written as {@code layers/<name>.asc} and the document's layer spec for it becomes
     * {@code {"file": "layers/<name>.asc"}}; layers absent from the map keep their spec (constants and
     * generators stay as they are; a FromFile spec not in the map is an error). Validates by loading the
     * staged folder with {@link ScenarioLoader#load} before committing; on violations throws
     * ScenarioException and leaves nothing behind. Saving a deleted scenario brings it back. Returns the
     * new version number.
     *
     * @throws IllegalArgumentException for an invalid id or a raster under a name that is not a layer
     */
    public int save(Scenario doc, Map<String, GridLayer> layers, String user, String comment)
            throws ScenarioException, IOException {
        String id = doc.id();
        checkId(id);
        Objects.requireNonNull(user, "user");
        for (String name : layers.keySet()) {
            if (!LAYER_NAMES.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a layer (one of " + LAYER_NAMES + ")");
            }
        }
        Map<String, LayerSpec> specs = new LinkedHashMap<>(doc.layers() == null ? Map.of() : doc.layers().present());
        List<Violation> unsaved = new ArrayList<>();
        specs.forEach((name, spec) -> {
            if (spec instanceof LayerSpec.FromFile f && !layers.containsKey(name)) {
                unsaved.add(new Violation("$.layers." + name + ".file", f.file() + " is not in the library: give the "
                        + name + " layer as a raster, or copy the whole scenario into the library"));
            }
        });
        if (!unsaved.isEmpty()) {
            throw new ScenarioException(describe(id), unsaved);
        }
        layers.keySet().forEach(name -> specs.put(name, new LayerSpec.FromFile("layers/" + name + ".asc")));
        Layers written = doc.layers() == null && specs.isEmpty() ? null : new Layers(specs.get("elevation"),
                specs.get("landUse"), specs.get("population"), specs.get("buildings"), specs.get("roads"));
        try (StagingFolder staged = staging(id)) {
            Path document = staged.path().resolve(DOCUMENT);
            Files.write(document, ScenarioWriter.toJson(copy(doc, id, written)));
            if (!layers.isEmpty()) {
                writeRasters(staged.path(), parse(id, document).grid(), layers);
            }
            return commit(id, staged.path(), user, comment);
        }
    }

    /**
     * Copies a scenario from any source (bundled, file or library version) under a new id, with all files
     * its layer specs reference, as version 1 (or a new version if the id exists); the copy's document
     * gets the new id.
     */
    public int saveCopy(ScenarioSource from, String newId, String user, String comment)
            throws ScenarioException, IOException {
        checkId(newId);
        Objects.requireNonNull(user, "user");
        Scenario doc = ScenarioLoader.load(from).scenario();
        try (StagingFolder staged = staging(newId)) {
            Files.write(staged.path().resolve(DOCUMENT), ScenarioWriter.toJson(copy(doc, newId, doc.layers())));
            for (String file : referencedFiles(doc)) {
                Path target = staged.path().resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = from.openRelative(file)) {
                    Files.copy(in, target);
                } catch (ScenarioSource.OutsideFolderException e) {
                    throw new IllegalStateException("a loaded scenario references " + file, e);
                }
            }
            return commit(newId, staged.path(), user, comment);
        }
    }

    /** Hides the scenario from {@link #list()}; its versions stay. */
    public void delete(String id, String user) throws IOException {
        Objects.requireNonNull(user, "user");
        folders.markDeleted(existing(id), user);
    }

    /** Shows a deleted scenario again. */
    public void restore(String id) throws IOException {
        folders.unmarkDeleted(existing(id));
    }

    /** The archived run folders {@code <id>/runs/<name>/} that came with imported packages, sorted. */
    public List<Path> runs(String id) {
        checkId(id);
        Path runs = folders.runs(id);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs of " + id, e);
        }
    }

    /** A fresh folder under {@code .staging/} to put a version or a package together in. */
    StagingFolder staging(String prefix) throws IOException {
        return StagingFolder.under(root, prefix);
    }

    /** Validates a staged version folder (document and files) and moves it into place as the next version. */
    int commit(String id, Path staged, String user, String comment) throws ScenarioException, IOException {
        Path document = staged.resolve(DOCUMENT);
        Scenario loaded;
        try {
            loaded = ScenarioLoader.load(ScenarioSource.file(document)).scenario();
        } catch (ScenarioException e) {
            throw new ScenarioException(describe(id), e.violations());
        }
        if (!id.equals(loaded.id())) {
            throw new IllegalArgumentException("the staged document's id is " + loaded.id() + ", not " + id);
        }
        return folders.commit(id, staged, user, comment, Sha256.of(document));
    }

    /** Whether a staged version holds the same files, byte for byte, as the latest version of {@code id}. */
    boolean sameAsLatest(String id, Path staged) throws IOException {
        Optional<Entry> latest = find(id);
        return latest.isPresent() && VersionFolders.sameFiles(staged, folders.folder(id, latest.get().version()));
    }

    /** Moves a run folder under {@code <id>/runs/}, suffixing the name when taken; returns where it went. */
    Path addRun(String id, String name, Path from) throws IOException {
        return folders.addRun(id, name, from);
    }

    /** The distinct files the document's layer specs reference, normalised. */
    static List<String> referencedFiles(Scenario doc) {
        List<String> files = new ArrayList<>();
        for (LayerSpec spec : doc.layers().present().values()) {
            if (spec instanceof LayerSpec.FromFile f) {
                try {
                    String file = ScenarioSource.normalise(f.file());
                    if (!files.contains(file)) {
                        files.add(file);
                    }
                } catch (ScenarioSource.OutsideFolderException e) {
                    throw new IllegalStateException("a validated scenario references " + f.file(), e);
                }
            }
        }
        return files;
    }

    /** {@code doc} under another id and with other layers; every other component as it is. */
    static Scenario copy(Scenario doc, String id, Layers layers) {
        return new Scenario(doc.format(), id, doc.name(), doc.description(), doc.grid(), doc.start(), doc.seed(),
                doc.timeStep(), doc.duration(), layers, doc.hazards(), doc.forces(), doc.drill());
    }

    private static void writeRasters(Path dir, GridSpec grid, Map<String, GridLayer> layers) throws IOException {
        Files.createDirectories(dir.resolve("layers"));
        for (Map.Entry<String, GridLayer> e : layers.entrySet()) {
            GridLayer layer = e.getValue();
            AsciiGrid.Header header = new AsciiGrid.Header(layer.cols(), layer.rows(), grid.originXOrZero(),
                    grid.originYOrZero(), grid.cellSize(), AsciiGrid.DEFAULT_NODATA);
            try (Writer out = Files.newBufferedWriter(dir.resolve("layers/" + e.getKey() + ".asc"),
                    StandardCharsets.US_ASCII)) {
                AsciiGrid.write(out, header, layer, LAYER_DECIMALS);
            }
        }
    }

    private static Scenario parse(String id, Path document) throws ScenarioException, IOException {
        try {
            return ScenarioLoader.parse(ScenarioSource.file(document));
        } catch (ScenarioException e) {
            throw new ScenarioException(describe(id), e.violations());
        }
    }

    private static String describe(String id) {
        return "library:" + id;
    }

    private String existing(String id) {
        if (versions(id).isEmpty()) {
            throw new IllegalArgumentException("the scenario library has no scenario '" + id + "'");
        }
        return id;
    }

    private static void checkId(String id) {
        if (!ScenarioLoader.isScenarioId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a scenario id (lower-case letters, digits, '-' "
                    + "and '_', at most 64, starting with a letter or digit)");
        }
    }

    /** A text of a saved document; null when absent (it was validated when saved, so it binds). */
    private static LocalizedText text(JsonNode doc, String field) {
        JsonNode node = doc.get(field);
        try {
            return node == null || node.isNull() ? null : Json.mapper().treeToValue(node, LocalizedText.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the library's " + doc.path("id").asText() + " has an unreadable " + field,
                    e);
        }
    }
}
