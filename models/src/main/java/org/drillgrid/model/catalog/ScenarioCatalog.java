package org.drillgrid.model.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * The scenarios a user can pick: those bundled on the classpath ({@code scenarios/index.json} lists them,
 * each lives in {@code scenarios/<id>/scenario.json} with its layer files beside it), found through the
 * classpath so that the engine and UI need no compile-time dependency on the {@code scenarios} module;
 * and, {@link #with(ScenarioLibrary) with} a library, its designer-authored scenarios.
 *
 * <p>A scenario is named by a reference: {@code id} for a bundled scenario (or a library one's latest
 * version), {@code id@N} for version N of a library scenario. Bundled ids are reserved: the library cannot
 * tell them, so code that names a library scenario (the editor, package import) checks {@link #reserved}.
 */
public final class ScenarioCatalog {

    public static final String INDEX = "scenarios/index.json";
    public static final String BUNDLED = "bundled";
    public static final String LIBRARY = "library";

    /**
     * One scenario as the catalog lists it: {@code origin} {@value #BUNDLED} (version 0, name and summary
     * from the index) or {@value #LIBRARY} (its version, name and description from the document).
     */
    public record Entry(String id, LocalizedText name, LocalizedText summary, String origin, int version) {

        /** A bundled scenario as the index lists it. */
        public Entry(String id, LocalizedText name, LocalizedText summary) {
            this(id, name, summary, BUNDLED, 0);
        }

        /** How to name this scenario to {@link ScenarioCatalog#source}: {@code id}, or {@code id@version}. */
        public String ref() {
            return LIBRARY.equals(origin) ? id + "@" + version : id;
        }
    }

    private final ClassLoader loader;
    private final List<Entry> bundled;
    private final ScenarioLibrary library;

    private ScenarioCatalog(ClassLoader loader, List<Entry> bundled, ScenarioLibrary library) {
        this.loader = loader;
        this.bundled = List.copyOf(bundled);
        this.library = library;
    }

    /** The catalog of the given class loader; empty when no index is on its classpath. */
    public static ScenarioCatalog of(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return new ScenarioCatalog(loader, List.of(), null);
            }
            JsonNode root = Json.mapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("scenarios")) {
                entries.add(new Entry(e.path("id").asText(),
                        Json.mapper().treeToValue(e.path("name"), LocalizedText.class),
                        Json.mapper().treeToValue(e.path("summary"), LocalizedText.class)));
            }
            return new ScenarioCatalog(loader, entries, null);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled scenario index " + INDEX + " is unreadable", e);
        }
    }

    public static ScenarioCatalog bundled() {
        return of(ScenarioCatalog.class.getClassLoader());
    }

    /** This catalog's bundled scenarios plus the library's; the library is read afresh on every call. */
    public ScenarioCatalog with(ScenarioLibrary library) {
        return new ScenarioCatalog(loader, bundled, library);
    }

    /** Bundled scenarios in index order, then the library's (not deleted) sorted by id. */
    public List<Entry> entries() {
        if (library == null) {
            return bundled;
        }
        List<Entry> all = new ArrayList<>(bundled);
        library.list().forEach(e -> all.add(libraryEntry(e)));
        return List.copyOf(all);
    }

    /**
     * The entry a reference names: a listed scenario by {@code id} or {@link Entry#ref()}, or any library
     * version (also an older or deleted one) by {@code id@N}.
     */
    public Optional<Entry> entry(String ref) {
        Optional<Entry> listed = entries().stream().filter(e -> e.ref().equals(ref) || e.id().equals(ref)).findFirst();
        if (listed.isPresent() || ref.indexOf('@') < 0) {
            return listed;
        }
        return version(ref).flatMap(this::versionEntry);
    }

    /** Whether {@code id} is a bundled scenario's: a library scenario may not take it. */
    public boolean reserved(String id) {
        return bundled.stream().anyMatch(e -> e.id().equals(id));
    }

    /**
     * Where a referenced scenario is read from: {@code id} is the bundled scenario, else the library's
     * latest version of a scenario not deleted; {@code id@N} is that library version, deleted or not (so
     * sessions that ran on it can be resumed and replayed).
     */
    public Optional<ScenarioSource> source(String ref) {
        if (ref.indexOf('@') >= 0) {
            return librarySource(ref);
        }
        if (reserved(ref)) {
            return Optional.of(ScenarioSource.bundled(ref, loader, "scenarios/" + ref + "/scenario.json"));
        }
        if (library == null || !ScenarioLoader.isScenarioId(ref)) {
            return Optional.empty();
        }
        return library.find(ref).filter(e -> !e.deleted()).flatMap(e -> library.latest(ref));
    }

    private Optional<ScenarioSource> librarySource(String ref) {
        return version(ref).map(v -> library.source(v.id(), v.version()));
    }

    /** The library version {@code id@N} names, when the library has it. */
    private Optional<VersionRef> version(String ref) {
        int at = ref.lastIndexOf('@');
        String id = ref.substring(0, at);
        String number = ref.substring(at + 1);
        if (library == null || !ScenarioLoader.isScenarioId(id) || !number.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        VersionRef v = new VersionRef(id, Integer.parseInt(number));
        return library.versions(id).stream().anyMatch(x -> x.version() == v.version()) ? Optional.of(v)
                : Optional.empty();
    }

    private record VersionRef(String id, int version) {
    }

    private static Entry libraryEntry(ScenarioLibrary.Entry e) {
        return new Entry(e.id(), e.name(), e.description(), LIBRARY, e.version());
    }

    /**
     * The entry of one library version, its texts read from that version's document; empty when it no
     * longer reads (a list of exercises shows the reference then, rather than failing as a whole).
     */
    private Optional<Entry> versionEntry(VersionRef v) {
        ScenarioSource source = library.source(v.id(), v.version());
        try {
            Scenario s = ScenarioLoader.parse(source);
            return Optional.of(new Entry(v.id(), s.nameOrId(), s.description(), LIBRARY, v.version()));
        } catch (ScenarioException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
