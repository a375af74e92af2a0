package org.drillgrid.ui.design;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.gis.GeoRaster;
import org.drillgrid.model.gis.ImportException;
import org.drillgrid.model.gis.ImportReport;
import org.drillgrid.model.gis.LayerImport;
import org.drillgrid.model.gis.LayerKind;
import org.drillgrid.model.gis.RasterImport;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.library.ExercisePackage;
import org.drillgrid.model.library.PackageException;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Layers;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;

/**
 * What the designer pages do with scenarios: open a library scenario as a draft, start one from an
 * elevation file or as a copy, save drafts as new versions, dry-run them headless with the plan-following
 * policy, and export and import exercise packages (docs/designer.md).
 */
public final class DesignService {

    /** Default length of a new scenario. */
    static final SimDuration NEW_DURATION = SimDuration.ofHours(24);

    private final ScenarioLibrary library;
    private final ScenarioCatalog catalog;
    private final Executor executor;
    /** Dry runs take a core each for up to a minute: one at a time per server. */
    private final Semaphore dryRuns = new Semaphore(1);

    public DesignService(ScenarioLibrary library, ScenarioCatalog catalog, Executor executor) {
        this.library = library;
        this.catalog = catalog;
        this.executor = executor;
    }

    public ScenarioLibrary library() {
        return library;
    }

    public ScenarioCatalog catalog() {
        return catalog;
    }

    /** The number of a library scenario's latest version. */
    public int latestVersion(String id) {
        return library.find(id).orElseThrow(() -> new IllegalArgumentException("no scenario '" + id + "' in the library"))
                .version();
    }

    /** The latest version of a library scenario, as a draft. */
    public Draft open(String id) throws ScenarioException, IOException {
        var entry = library.find(id).orElseThrow(() -> new IllegalArgumentException("no scenario '" + id + "' in the library"));
        LoadedScenario loaded = ScenarioLoader.load(library.source(id, entry.version()));
        return new Draft(loaded, entry.version());
    }

    /** Checks a new scenario id: the pattern, not bundled, not in the library; null when it is free, else why not. */
    public String idProblem(String id) {
        if (id == null || !org.drillgrid.model.validate.ScenarioLoader.isScenarioId(id)) {
            return "an id is 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit";
        }
        if (catalog.reserved(id)) {
            return "'" + id + "' is a bundled scenario";
        }
        if (library.find(id).isPresent()) {
            return "'" + id + "' is already in the library";
        }
        return null;
    }

    /** A new draft whose grid covers an elevation raster at {@code cellSize} metres; nothing is saved yet. */
    public Started fromElevation(String id, LocalizedText name, String fileName, byte[] bytes, double cellSize)
            throws ImportException {
        String problem = idProblem(id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        GeoRaster dem = RasterImport.read(fileName, bytes);
        GridSpec grid = RasterImport.gridFrom(dem, cellSize);
        LayerImport elevation = RasterImport.resample(dem, grid, LayerKind.ELEVATION);
        Layers layers = new Layers(new LayerSpec.FromFile("layers/elevation.asc"), null, null, null, null);
        Scenario doc = new Scenario(Scenario.FORMAT, id, name, null, grid, null, null, null, NEW_DURATION, layers,
                null, null, null);
        return new Started(new Draft(doc, Map.of("elevation", elevation.layer())), elevation.report());
    }

    /** A new draft and the report of the raster it was made from. */
    public record Started(Draft draft, ImportReport report) {
    }

    /** Imports a raster into a draft's layer, resampled onto its grid; returns the report. */
    public ImportReport importLayer(Draft draft, String layer, String fileName, byte[] bytes) throws ImportException {
        GeoRaster raster = RasterImport.read(fileName, bytes);
        LayerImport imported = RasterImport.resample(raster, draft.doc().grid(), LayerKind.ofLayer(layer));
        draft.setLayer(layer, imported.layer());
        return imported.report();
    }

    /** Saves the draft as the next version of its library scenario; returns the version number. */
    public int save(Draft draft, String user, String comment) throws ScenarioException, IOException {
        if (catalog.reserved(draft.doc().id())) {
            throw new IllegalArgumentException("'" + draft.doc().id() + "' is a bundled scenario; save a copy under a new id");
        }
        int version = library.save(draft.doc(), draft.fileLayers(), user, comment);
        draft.saved();
        return version;
    }

    /** Copies a bundled or library scenario ({@code ref} as the catalog names it) under a new id; returns the version. */
    public int copy(String ref, String newId, String user) throws ScenarioException, IOException {
        String problem = idProblem(newId);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        var source = catalog.source(ref).orElseThrow(() -> new IllegalArgumentException("no scenario '" + ref + "'"));
        return library.saveCopy(source, newId, user, "copy of " + ref);
    }

    /** What a dry run gave: the indicators at the end, and how long it took. */
    /**
     * What a dry run found: the indicators, the injects that fired (in order), the deepest water each cell
     * saw (null without a flood), and how long it took.
     */
    public record DryRunResult(Kpis kpis, long simSeconds, double wallSeconds, long events, List<Fired> fired,
            double[] peakDepths) {
    }

    /** An inject that fired in a dry run: its id, its sim time and its message. */
    public record Fired(String inject, long t, LocalizedText message) {
    }

    /**
     * Runs the draft headless at full speed with the {@code auto} policy to its end, off the UI thread; one
     * dry run at a time. Fails with the draft's problems when it is not valid.
     */
    public CompletableFuture<DryRunResult> dryRun(Draft draft) {
        return dryRun(draft, share -> { });
    }

    /**
     * As {@link #dryRun(Draft)}, telling {@code progress} the share of the scenario's duration run (0..1) from
     * the run's thread, at most once a percent.
     */
    public CompletableFuture<DryRunResult> dryRun(Draft draft, java.util.function.DoubleConsumer progress) {
        List<Violation> problems = draft.problems();
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException(problems.size()
                    + " problems to fix first, e.g. " + problems.get(0)));
        }
        if (!dryRuns.tryAcquire()) {
            return CompletableFuture.failedFuture(new Busy());
        }
        LoadedScenario loaded = draft.loaded();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(loaded, progress);
            } finally {
                dryRuns.release();
            }
        }, executor);
    }

    /** Another dry run is going on. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("another dry run is going on; try again when it is done");
        }
    }

    static DryRunResult run(LoadedScenario loaded, java.util.function.DoubleConsumer progress) {
        long started = System.nanoTime();
        long until = loaded.scenario().duration().seconds();
        List<Fired> fired = new java.util.ArrayList<>();
        try (SimulationRun run = SimulationRun.start(loaded, loaded.scenario().seedOrDefault(), until, null,
                Policy.of("auto"))) {
            run.subscribeFromStart(e -> {
                if (e instanceof org.drillgrid.model.event.InjectFired f) {
                    fired.add(new Fired(f.inject(), f.t(), f.message()));
                }
            });
            int told = -1;
            while (run.step()) {
                int percent = (int) (100 * run.now() / Math.max(1, until));
                if (percent != told) {
                    told = percent;
                    progress.accept(percent / 100.0);
                }
            }
            double[] peak = run.flood().map(f -> f.maxDepths().clone()).orElse(null);
            return new DryRunResult(run.kpis(), run.now(), (System.nanoTime() - started) / 1e9, run.eventTotal(),
                    List.copyOf(fired), peak);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes an exercise package of a library version: with the runs that came with imported packages when
     * {@code withRuns}, and with the given finished exercises of this version, each re-simulated into a run
     * folder with its after-action report (in {@code lang}).
     */
    public ExercisePackage.Manifest export(String id, int version, boolean withRuns,
            List<org.drillgrid.ui.session.SessionStore.SessionRow> exercises, org.drillgrid.ui.session.SessionService sessions,
            String lang, String user, OutputStream out) throws ScenarioException, IOException {
        List<Path> runs = new java.util.ArrayList<>(withRuns ? library.runs(id) : List.of());
        Path tmp = Files.createTempDirectory("drillgrid-export-");
        try {
            if (!exercises.isEmpty()) {
                runs.addAll(SessionArchive.export(sessions, exercises, tmp, lang));
            }
            return ExercisePackage.export(library.source(id, version), runs, user, out);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Imports an uploaded package into the library. */
    public ExercisePackage.Imported importPackage(byte[] zip, String user) throws PackageException, IOException {
        Path tmp = Files.createTempFile("drillgrid-import-", ".zip");
        try {
            Files.write(tmp, zip);
            return ExercisePackage.importInto(tmp, library, catalog::reserved, user);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
