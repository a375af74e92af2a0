package org.drillgrid.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.engine.api.PacedRun;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.store.RunRecord;
import org.drillgrid.ui.store.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and keeps the live runs of the server. Each run writes {@code <data>/runs/<id>/events.jsonl}
 * and is recorded in the database; status changes are written back as they happen.
 */
public final class RunService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);
    /** Speed a new live run starts at: one sim minute per wall second. */
    public static final double DEFAULT_SPEED = 60;

    private final Path runsDir;
    private final RunRepository repository;
    private final ScenarioCatalog catalog;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Map<String, LiveRun> live = new ConcurrentHashMap<>();

    public RunService(Path runsDir, RunRepository repository, ScenarioCatalog catalog,
            ScheduledExecutorService executor, Clock clock) {
        this.runsDir = runsDir;
        this.repository = repository;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        int interrupted = repository.markInterrupted(clock.instant());
        if (interrupted > 0) {
            LOG.info("{} runs of an earlier server process were marked interrupted", interrupted);
        }
    }

    public ScenarioCatalog catalog() {
        return catalog;
    }

    /** Loads a bundled scenario and starts it live at {@link #DEFAULT_SPEED}, to its full duration. */
    public LiveRun start(String scenarioId, Long seed) throws ScenarioException, IOException {
        var source = catalog.source(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + scenarioId + "'"));
        LoadedScenario loaded = ScenarioLoader.load(source);
        long runSeed = seed != null ? seed : loaded.scenario().seedOrDefault();
        long until = loaded.scenario().duration().seconds();
        String id = UUID.randomUUID().toString();
        Path folder = Files.createDirectories(runsDir.resolve(id));
        SimulationRun run = SimulationRun.start(loaded, runSeed, until, folder.resolve("events.jsonl"));
        PacedRun paced = new PacedRun(run, DEFAULT_SPEED);
        LiveRun liveRun = new LiveRun(id, loaded, paced);
        repository.insert(new RunRecord(id, scenarioId, runSeed, until, RunStatus.RUNNING.name(), 0,
                clock.instant(), null, folder.toString()));
        paced.subscribe(new StatusWriter(id));
        live.put(id, liveRun);
        paced.start(executor);
        LOG.info("run {} of {} started (seed {})", id, scenarioId, runSeed);
        return liveRun;
    }

    public Optional<LiveRun> find(String id) {
        return Optional.ofNullable(live.get(id));
    }

    public List<RunRecord> recent(int limit) {
        return repository.recent(limit);
    }

    /**
     * Stops every live run (their logs end with run-ended "stopped", their rows say FINISHED) and waits
     * up to five seconds for them to close, before the executor goes away.
     */
    @Override
    public void close() {
        for (LiveRun r : live.values()) {
            r.paced().stop();
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!live.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!live.isEmpty()) {
            LOG.warn("{} runs did not stop in time", live.size());
        }
    }

    /** Writes a run's status to the database when it changes. */
    private final class StatusWriter implements java.util.function.Consumer<RunSnapshot> {
        private final String id;
        private RunStatus last = RunStatus.RUNNING;

        StatusWriter(String id) {
            this.id = id;
        }

        @Override
        public synchronized void accept(RunSnapshot s) {
            if (s.status() == last) {
                return;
            }
            last = s.status();
            boolean over = s.status() == RunStatus.FINISHED || s.status() == RunStatus.FAILED;
            repository.updateStatus(id, s.status().name(), s.now(), over ? clock.instant() : null);
            if (over) {
                live.remove(id);
            }
        }
    }
}
