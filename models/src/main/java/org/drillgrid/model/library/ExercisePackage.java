package org.drillgrid.model.library;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * An exercise package: one zip with a scenario, all its layer files and optionally finished runs, to
 * carry an exercise between installations (docs/packages.md):
 * <pre>
 * manifest.json               format, kind, scenario {id, version, name}, created, createdBy,
 *                             files [{path, bytes, sha256}], runs [names]
 * scenario/scenario.json
 * scenario/&lt;layer files as referenced&gt;
 * runs/&lt;name&gt;/&lt;files&gt;
 * </pre>
 * Importing trusts nothing in the zip: every limit, name, digest and the scenario itself are checked in
 * a staging folder before anything reaches the library.
 */
public final class ExercisePackage {

    /** Largest zip file accepted. */
    public static final long MAX_PACKAGE_BYTES = 1L << 30;
    /** Most bytes all entries together may inflate to, counted as they are actually read. */
    public static final long MAX_UNCOMPRESSED_BYTES = 2L << 30;
    public static final int MAX_ENTRIES = 10_000;
    /** Largest inflated-to-compressed ratio of an entry, checked once it passes 1 MB. */
    public static final int MAX_RATIO = 200;

    /** What a package holds, as its manifest says: {@code version} is 0 when not from a library. */
    public record Manifest(String id, int version, LocalizedText name, Instant created, String createdBy,
            List<String> files, List<String> runs) {
    }

    /**
     * The outcome of an import: the library id (renamed when the package's was reserved) and version
     * (an existing one when {@code alreadyPresent}), the names its runs have in the library, and notes
     * for the user.
     */
    public record Imported(String id, int version, boolean renamed, boolean alreadyPresent, List<String> runs,
            List<String> notes) {
    }

    private ExercisePackage() {
    }

    /**
     * Writes the package; the scenario is loaded (validated) from the source first; runs are folders whose
     * regular files are added (symbolic links are not followed; files of direct subfolders such as
     * {@code grids/} are added too). The stream is not closed.
     *
     * @throws IllegalArgumentException when a run folder is missing, empty or badly named, or the files pass
     *         the package limits
     */
    public static Manifest export(ScenarioSource scenario, List<Path> runDirs, String createdBy, OutputStream out)
            throws ScenarioException, IOException {
        return PackageWriter.write(scenario, runDirs, createdBy, out);
    }

    /** Reads and checks a package's manifest (and its entry names), without extracting anything. */
    public static Manifest readManifest(Path zip) throws PackageException, IOException {
        try (PackageReader pkg = PackageReader.open(zip)) {
            return pkg.manifest().summary();
        }
    }

    /**
     * Validates and imports a package into the library; reserved ids (bundled) are renamed to
     * {@code <id>-imported} (then {@code -imported-2}, ... while those are reserved too). If the latest
     * library version of the id has an identical scenario.json and identical layer files, no new version is
     * made (alreadyPresent; a deleted scenario is restored). Runs go to {@code <library>/<id>/runs/<name>/}
     * (a name already there gets a suffix; a run already there with the same files is not copied again).
     * Nothing is written to the library unless everything validated; the staging folder is deleted
     * whatever happens.
     */
    public static Imported importInto(Path zip, ScenarioLibrary library, Predicate<String> reserved, String user)
            throws PackageException, IOException {
        try (PackageReader pkg = PackageReader.open(zip); StagingFolder unpacked = library.staging("import")) {
            PackageManifest manifest = pkg.manifest();
            pkg.extract(manifest, unpacked.path());
            Path scenarioDir = unpacked.path().resolve("scenario");
            Scenario doc = validate(scenarioDir.resolve(ScenarioLibrary.DOCUMENT));
            if (!doc.id().equals(manifest.scenario().id())) {
                throw new PackageException(PackageManifest.NAME + " names scenario '" + manifest.scenario().id()
                        + "' but " + PackageReader.DOCUMENT + " is '" + doc.id() + "'");
            }
            List<String> notes = new ArrayList<>();
            String id = reserved.test(doc.id()) ? freeId(doc.id(), reserved) : doc.id();
            boolean renamed = !id.equals(doc.id());
            if (renamed) {
                notes.add("'" + doc.id() + "' is a bundled scenario's id: imported as '" + id + "'");
            }
            notes.addAll(unreferenced(scenarioDir, doc));
            Added added = addVersion(library, id, renamed, doc, scenarioDir, user, comment(zip, manifest), notes);
            List<String> runs = addRuns(library, id, manifest.runsOrEmpty(), unpacked.path().resolve("runs"), notes);
            return new Imported(id, added.version(), renamed, added.alreadyPresent(), runs, List.copyOf(notes));
        }
    }

    private static Scenario validate(Path document) throws PackageException, IOException {
        try {
            return ScenarioLoader.load(ScenarioSource.file(document)).scenario();
        } catch (ScenarioException e) {
            StringBuilder msg = new StringBuilder(PackageReader.DOCUMENT + " does not validate:");
            for (Violation v : e.violations()) {
                msg.append("\n  ").append(v);
            }
            throw new PackageException(msg.toString());
        }
    }

    /** {@code <id>-imported}, then {@code <id>-imported-2} ..., shortened to stay a valid id. */
    static String freeId(String id, Predicate<String> reserved) {
        for (int i = 1; i <= MAX_ENTRIES; i++) {
            String suffix = i == 1 ? "-imported" : "-imported-" + i;
            String candidate = id.substring(0, Math.min(id.length(), 64 - suffix.length())) + suffix;
            if (!reserved.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("every -imported name of " + id + " is reserved");
    }

    private record Added(int version, boolean alreadyPresent) {
    }

    /** Stages the library version (the document renamed when needed, the referenced files) and commits it. */
    private static Added addVersion(ScenarioLibrary library, String id, boolean renamed, Scenario doc,
            Path scenarioDir, String user, String comment, List<String> notes) throws PackageException, IOException {
        try (StagingFolder staged = library.staging(id)) {
            Path document = staged.path().resolve(ScenarioLibrary.DOCUMENT);
            if (renamed) {
                Files.write(document, ScenarioWriter.toJson(ScenarioLibrary.copy(doc, id, doc.layers())));
            } else {
                Files.copy(scenarioDir.resolve(ScenarioLibrary.DOCUMENT), document);
            }
            for (String file : ScenarioLibrary.referencedFiles(doc)) {
                Files.createDirectories(staged.path().resolve(file).getParent());
                Files.copy(scenarioDir.resolve(file), staged.path().resolve(file));
            }
            if (library.sameAsLatest(id, staged.path())) {
                ScenarioLibrary.Entry latest = library.find(id).orElseThrow();
                notes.add(id + "@" + latest.version() + " is already in the library with the same files: "
                        + "no new version");
                if (latest.deleted()) {
                    library.restore(id);
                    notes.add(id + " was deleted and is restored");
                }
                return new Added(latest.version(), true);
            }
            return new Added(library.commit(id, staged.path(), user, comment), false);
        } catch (ScenarioException e) {
            throw new PackageException(PackageReader.DOCUMENT + " does not validate: " + e.getMessage());
        }
    }

    private static List<String> addRuns(ScenarioLibrary library, String id, List<String> names, Path from,
            List<String> notes) throws IOException {
        List<String> runs = new ArrayList<>();
        for (String name : names) {
            Path run = from.resolve(name);
            Optional<Path> same = Optional.empty();
            for (Path existing : library.runs(id)) {
                if (same.isEmpty() && VersionFolders.sameFiles(run, existing)) {
                    same = Optional.of(existing);
                }
            }
            if (same.isPresent()) {
                String there = same.get().getFileName().toString();
                runs.add(there);
                notes.add("run " + name + " is already in the library as " + there);
                continue;
            }
            String there = library.addRun(id, name, run).getFileName().toString();
            runs.add(there);
            if (!there.equals(name)) {
                notes.add("run " + name + " is stored as " + there + " (the name was taken)");
            }
        }
        return runs;
    }

    /** Files under scenario/ that no layer refers to: not carried into the library. */
    private static List<String> unreferenced(Path scenarioDir, Scenario doc) throws IOException {
        List<String> referenced = ScenarioLibrary.referencedFiles(doc);
        try (var files = Files.walk(scenarioDir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> scenarioDir.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(ScenarioLibrary.DOCUMENT) && !referenced.contains(f)).sorted()
                    .map(f -> PackageReader.SCENARIO + f + " is not a layer file of the scenario: left out").toList();
        }
    }

    private static String comment(Path zip, PackageManifest m) {
        return "imported from " + zip.getFileName() + " (" + m.scenario().id()
                + (m.scenario().version() != null && m.scenario().version() > 0 ? "@" + m.scenario().version() : "")
                + ", packed " + m.created() + (m.createdBy() == null ? "" : " by " + m.createdBy()) + ")";
    }
}
