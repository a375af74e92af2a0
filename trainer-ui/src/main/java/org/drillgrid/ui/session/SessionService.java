package org.drillgrid.ui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.engine.score.Scoring;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exercise sessions of the server: creates them from bundled scenarios, resumes the ones a stopped (or
 * killed) server left running or paused, branches, seeks, and issues the API tokens that say who may see
 * and do what. A resumed session is re-simulated at full speed from t = 0 with its stored inputs up to
 * the sim time it had reached, then goes on as it was (running or paused); sessions resume in the
 * background, several at once, while the server already answers.
 */
public final class SessionService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Speed a new session starts at (sim seconds per wall second). */
    public static final double DEFAULT_SPEED = 60;

    private final SessionStore store;
    private final ScenarioCatalog catalog;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Map<String, ExerciseSession> live = new ConcurrentHashMap<>();
    private final Map<String, Resuming> resuming = new ConcurrentHashMap<>();
    private volatile java.util.concurrent.ExecutorService resumers;
    private volatile List<SessionStore.SessionRow> toResume = List.of();
    private volatile boolean closing;

    public SessionService(SessionStore store, ScenarioCatalog catalog, ScheduledExecutorService executor, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
    }

    public SessionStore store() {
        return store;
    }

    /**
     * Resumes every session the database says was running or paused and waits until all are done; returns
     * how many resumed (the others are marked FAILED with the reason).
     */
    public int resumeAll() throws InterruptedException {
        List<String> ids = resumeInBackground(Runtime.getRuntime().availableProcessors());
        awaitResumed(java.time.Duration.ofDays(1));
        return (int) ids.stream().filter(live::containsKey).count();
    }

    /**
     * Starts resuming, on {@code threads} threads of their own, every session the database says was running
     * or paused, and returns their ids at once: the server listens meanwhile. Until a session is resumed
     * {@link #resuming} says so (the API answers 503 with Retry-After, the pages say it is resuming). A
     * session that cannot be resumed is marked FAILED with the reason and not tried again at the next start.
     */
    public List<String> resumeInBackground(int threads) {
        List<String> ids = prepareResume();
        startResuming(threads);
        return ids;
    }

    /**
     * The first half of {@link #resumeInBackground}: marks every session to resume as resuming (so that it
     * answers "resuming", not "not live") and returns their ids. The server calls it before it listens and
     * {@link #startResuming} once it listens, so that re-simulating does not slow its start.
     */
    public List<String> prepareResume() {
        List<SessionStore.SessionRow> rows = store.active();
        for (SessionStore.SessionRow row : rows) {
            resuming.put(row.id(), new Resuming(row.id(), row.simSeconds(), clock.instant()));
        }
        toResume = rows;
        return rows.stream().map(SessionStore.SessionRow::id).toList();
    }

    /** The second half of {@link #resumeInBackground}: re-simulates the sessions on {@code threads} threads. */
    public void startResuming(int threads) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, threads), resumeThreads());
        resumers = pool;
        for (SessionStore.SessionRow row : toResume) {
            pool.execute(() -> resumeOrMarkFailed(row));
        }
        toResume = List.of();
        pool.shutdown(); // its threads end once the last session is resumed
    }

    /** Waits until the sessions {@link #resumeInBackground} started are resumed (or failed); false on timeout. */
    public boolean awaitResumed(java.time.Duration timeout) throws InterruptedException {
        java.util.concurrent.ExecutorService pool = resumers;
        return pool == null || pool.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** A session being re-simulated after a restart, to the sim time it had {@code reached}; since when. */
    public record Resuming(String id, long reached, java.time.Instant since) {
    }

    /** Whether the session is being resumed after a restart (not live yet, not failed). */
    public Optional<Resuming> resuming(String id) {
        return Optional.ofNullable(resuming.get(id));
    }

    private void resumeOrMarkFailed(SessionStore.SessionRow row) {
        long start = System.nanoTime();
        try {
            resume(row);
            LOG.info("session {} resumed in {} ms", row.id(), (System.nanoTime() - start) / 1_000_000);
        } catch (Closing e) {
            LOG.info("session {} was still resuming when the server stopped; it resumes at the next start", row.id());
        } catch (Exception | StackOverflowError | LinkageError e) {
            // not an OutOfMemoryError: that may pass with fewer sessions resuming at once, so it is tried again
            String reason = "could not be resumed: " + e;
            LOG.error("session {} {}; marked FAILED", row.id(), reason, e);
            try {
                store.markFailed(row.id(), reason);
            } catch (RuntimeException f) {
                LOG.error("session {} could not be marked FAILED", row.id(), f);
            }
        } finally {
            resuming.remove(row.id());
        }
    }

    /** The server stops while a session is being re-simulated: it is left as stored, to resume next time. */
    private static final class Closing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closing() {
            super("the server is stopping", null, false, false);
        }
    }

    private static java.util.concurrent.ThreadFactory resumeThreads() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "drillgrid-resume-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A new session of a bundled scenario, paused at t = 0; returns it with its controller token. */
    public Created create(String scenarioId, Long seed, String name) throws ScenarioException, IOException {
        LoadedScenario loaded = load(scenarioId);
        long runSeed = seed != null ? seed : loaded.scenario().seedOrDefault();
        String id = UUID.randomUUID().toString();
        var now = clock.instant();
        store.create(new SessionStore.SessionRow(id, scenarioId, runSeed, loaded.scenario().duration().seconds(), null,
                null, RunStatus.PAUSED.name(), 0, DEFAULT_SPEED, now, now, name));
        ExerciseSession s;
        try {
            s = open(id, loaded, runSeed, DEFAULT_SPEED, List.of(), 0, 0, true);
        } catch (IOException | RuntimeException e) {
            store.markFailed(id, "could not be started: " + e); // not resumed at every start
            throw e;
        }
        return new Created(s, issueToken(id, null, Visibility.Rights.CONTROLLER));
    }

    /** A session and the controller token that commands it. */
    public record Created(ExerciseSession session, String controllerToken) {
    }

    /**
     * A new session that replays {@code parent}'s inputs before sim time {@code t} and stops (paused) there,
     * to diverge from then on. Its log up to there is the parent's.
     */
    public Created branch(String parentId, long t) throws ScenarioException, IOException {
        SessionStore.SessionRow parent = store.find(parentId)
                .orElseThrow(() -> new IllegalArgumentException("no session '" + parentId + "'"));
        if (t <= 0 || t > parent.untilS()) {
            throw new IllegalArgumentException("t must be between 1 s and the session's end (" + parent.untilS() + " s)");
        }
        if (!EXPORTS.tryAcquire()) { // a branch re-simulates to t: one re-simulation at a time
            throw new Busy("another branch, export, verify or report is running; try again when it is done");
        }
        try {
            return branchTo(parent, t);
        } finally {
            EXPORTS.release();
        }
    }

    private Created branchTo(SessionStore.SessionRow parent, long t) throws ScenarioException, IOException {
        String parentId = parent.id();
        LoadedScenario loaded = load(parent.scenarioId());
        String id = UUID.randomUUID().toString();
        var now = clock.instant();
        store.create(new SessionStore.SessionRow(id, parent.scenarioId(), parent.seed(), parent.untilS(), parentId, t,
                RunStatus.PAUSED.name(), 0, parent.speed(), now, now, null));
        List<SessionStore.InputRow> inputs = new ArrayList<>();
        for (SessionStore.InputRow in : store.inputs(parentId)) {
            if (in.t() < t && !in.kind().equals("rating")) {
                SessionStore.InputRow copy = new SessionStore.InputRow(inputs.size() + 1, in.t(), in.kind(), in.role(),
                        in.body(), in.receivedAt());
                store.appendInput(id, copy);
                inputs.add(copy);
            }
        }
        ExerciseSession s;
        try {
            s = open(id, loaded, parent.seed(), parent.speed(), inputs, t, 0, true);
        } catch (IOException | RuntimeException e) {
            store.markFailed(id, "could not be branched: " + e); // not resumed at every start
            throw e;
        }
        return new Created(s, issueToken(id, null, Visibility.Rights.CONTROLLER));
    }

    private void resume(SessionStore.SessionRow row) throws ScenarioException, IOException {
        LoadedScenario loaded = load(row.scenarioId());
        // the log may hold events past the progress saved: go on from the later of the two, after the last event
        var last = store.lastEvent(row.id());
        long stored = last.map(e -> e.seq() + 1).orElse(0L);
        long upTo = Math.max(row.simSeconds(), last.map(SessionStore.EventRow::t).orElse(0L));
        List<SessionStore.InputRow> inputs = store.inputs(row.id());
        ExerciseSession s = open(row.id(), loaded, row.seed(), row.speed(), inputs, upTo,
                stored, !row.status().equals(RunStatus.RUNNING.name()));
        LOG.info("session {} resumed at t={} s ({} events were stored, {} inputs replayed)", row.id(),
                s.run().now(), stored, inputs.size());
    }

    /** Builds the run, queues the inputs, re-simulates to {@code upTo}, and starts pacing. */
    private ExerciseSession open(String id, LoadedScenario loaded, long seed, double speed,
            List<SessionStore.InputRow> inputs, long upTo, long alreadyStored, boolean paused) throws IOException {
        SimulationRun run = SimulationRun.start(loaded, seed, loaded.scenario().duration().seconds(), null,
                Policy.NONE);
        ExerciseSession s = new ExerciseSession(id, loaded, run, speed, store, clock, alreadyStored);
        org.drillgrid.engine.record.RunOutputs.queue(run, timeline(inputs));
        while (run.now() < upTo && run.step()) {
            if (closing) {
                throw new Closing(); // catch up at full speed, unless the server stops meanwhile
            }
        }
        s.flush();
        live.put(id, s);
        s.onEnd(() -> live.remove(id)); // an ended session is served from the database
        s.paced().start(executor, paused);
        return s;
    }

    /** The stored orders and controller actions, in the order they arrived. */
    private static List<Object> timeline(List<SessionStore.InputRow> inputs) {
        List<Object> out = new ArrayList<>();
        for (SessionStore.InputRow in : inputs) {
            if (in.kind().equals("order")) {
                out.add(read(in.body(), Order.class));
            } else if (in.kind().equals("control")) {
                out.add(read(in.body(), ControllerAction.class));
            }
        }
        return out;
    }

    /** Re-simulations (export, verify, report) run one at a time: each takes a core for up to a minute. */
    private static final java.util.concurrent.Semaphore EXPORTS = new java.util.concurrent.Semaphore(1);

    /** Refused because the server is busy with another re-simulation. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored input cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private LoadedScenario load(String scenarioId) throws ScenarioException, IOException {
        var source = catalog.source(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + scenarioId + "'"));
        return ScenarioLoader.load(source);
    }

    public Optional<ExerciseSession> find(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** The session's stored events after {@code afterSeq} up to sim time {@code maxT}, as the reader may see them. */
    public List<SimEvent> events(String id, Visibility.Rights rights, String role, long afterSeq, long maxT, int limit) {
        return page(id, rights, role, afterSeq, maxT, limit).events();
    }

    /** A page of a reader's events and the log position ({@code lastSeq}) to ask for the next page after. */
    public record Page(List<SimEvent> events, long lastSeq) {
    }

    /**
     * Up to {@code limit} events the reader may see, after log position {@code afterSeq}; the filter is
     * applied before the limit, reading the log in batches, so a trainee's page is as full as a controller's.
     */
    public Page page(String id, Visibility.Rights rights, String role, long afterSeq, long maxT, int limit) {
        List<SimEvent> out = new ArrayList<>();
        long last = afterSeq;
        while (out.size() < limit) {
            List<SessionStore.EventRow> rows = store.events(id, last, maxT, 2000);
            if (rows.isEmpty()) {
                break;
            }
            for (SessionStore.EventRow row : rows) {
                last = row.seq();
                SimEvent e = parse(row.body());
                if (Visibility.visible(rights, role, e)) {
                    out.add(e);
                    if (out.size() == limit) {
                        break;
                    }
                }
            }
        }
        return new Page(out, last);
    }

    /**
     * Subscribes to a live session's events as the reader may see them, as they happen (called on the
     * session's stepping thread; keep it short). Returns the unsubscribe action.
     */
    public Runnable subscribe(String id, Visibility.Rights rights, String role,
            java.util.function.Consumer<SimEvent> listener) {
        ExerciseSession s = find(id).orElseThrow(() -> new IllegalArgumentException("no live session '" + id + "'"));
        return s.run().subscribe(e -> {
            if (Visibility.visible(rights, role, e)) {
                try {
                    listener.accept(e);
                } catch (RuntimeException failure) {
                    // a reader's failure (a page closing mid-tick) must never fail the exercise
                    LOG.warn("a subscriber of session {} failed on {}", id, e.type(), failure);
                }
            }
        });
    }

    static SimEvent parse(String body) {
        try {
            return EventLogReader.parseLine(body);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored event cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The scorecard of a session that is not live: made again from its stored inputs (one at a time). */
    public Scorecard scorecard(String id) throws ScenarioException, IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("drillgrid-scorecard");
        try {
            return export(id, dir).scorecard();
        } finally {
            deleteTree(dir);
        }
    }

    /** The scorecard of a session from its events and its indicators now (final once it has ended). */
    public Scorecard scorecard(ExerciseSession s) {
        synchronized (s.run()) {
            return Scoring.score(s.scenario().scenario(), s.run().seed(), s.run().until(), "none", s.scoredEvents(),
                    s.run().kpis(), ratings(s.id()));
        }
    }

    private List<org.drillgrid.model.drill.ObserverRating> ratings(String id) {
        List<org.drillgrid.model.drill.ObserverRating> out = new ArrayList<>();
        for (SessionStore.InputRow in : store.inputs(id)) {
            if (in.kind().equals("rating")) {
                out.add(read(in.body(), org.drillgrid.model.drill.ObserverRating.class));
            }
        }
        return out;
    }

    /** Stores an observer rating (it judges the session; it does not change it). */
    public SessionStore.InputRow rate(String id, org.drillgrid.model.drill.ObserverRating rating) {
        // the same lock as orders and controller actions of a live session, so input numbers never collide
        Object lock = find(id).<Object>map(ExerciseSession::run).orElse(store);
        synchronized (lock) {
            return store.appendNext(id, rating.t() == null ? 0 : rating.t(), "rating", rating.by(),
                    ExerciseSession.json(rating), clock.instant());
        }
    }

    /**
     * Makes the session's run again from its stored inputs, at full speed to the sim time it reached, into a
     * run folder ({@code drillgrid run}'s outputs: events, metrics, scorecard, grids, run.json), which
     * {@code drillgrid report DIR} and {@code drillgrid replay DIR} take. Works for sessions that are no
     * longer live too.
     */
    public org.drillgrid.engine.record.RunOutputs.Written export(String id, java.nio.file.Path dir)
            throws ScenarioException, IOException {
        SessionStore.SessionRow row = store.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no session '" + id + "'"));
        if (row.simSeconds() <= 0) {
            throw new IllegalStateException("session " + id + " has not run yet");
        }
        LoadedScenario loaded = load(row.scenarioId());
        List<Object> timeline = timeline(store.inputs(id));
        timeline.removeIf(o -> (o instanceof Order order ? order.t() : ((ControllerAction) o).t()) >= row.simSeconds());
        if (!EXPORTS.tryAcquire()) {
            throw new Busy("another export, verify or report is running; try again when it is done");
        }
        try {
            return org.drillgrid.engine.record.RunOutputs.write(loaded, row.scenarioId(), row.seed(), row.untilS(),
                    row.simSeconds(), Policy.NONE, new org.drillgrid.engine.record.RunOutputs.Inputs(timeline,
                            ratings(id)), dir, List.of(), null);
        } finally {
            EXPORTS.release();
        }
    }

    /** The outcome of {@link #verify}: whether the replayed log is the stored one. */
    public record Verification(boolean identical, long events, String storedSha256, String replayedSha256,
            String firstDifference) {
    }

    /**
     * Replays the session from its stored inputs and compares the log with the stored one, line for line
     * up to the sim time the session reached (its own end line, {@code until} or {@code stopped}, aside).
     */
    public Verification verify(String id) throws ScenarioException, IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("drillgrid-verify");
        try {
            export(id, dir);
            List<String> replayed = java.nio.file.Files.readAllLines(dir.resolve("events.jsonl"), StandardCharsets.UTF_8);
            List<String> stored = new ArrayList<>();
            for (SessionStore.EventRow row : store.events(id, -1, Long.MAX_VALUE, Integer.MAX_VALUE)) {
                stored.add(row.body());
            }
            List<String> a = withoutEnd(stored);
            List<String> b = withoutEnd(replayed);
            String diff = null;
            for (int i = 0; i < Math.max(a.size(), b.size()) && diff == null; i++) {
                String x = i < a.size() ? a.get(i) : null;
                String y = i < b.size() ? b.get(i) : null;
                if (x == null || !x.equals(y)) {
                    diff = "event " + i + ": stored " + x + " / replayed " + y;
                }
            }
            return new Verification(diff == null, a.size(), org.drillgrid.engine.record.RunManifest.sha256Lines(a),
                    org.drillgrid.engine.record.RunManifest.sha256Lines(b), diff);
        } finally {
            deleteTree(dir);
        }
    }

    /** The after-action report of a session as one HTML page (made from an export in a temporary folder). */
    public String reportHtml(String id, String lang) throws ScenarioException, IOException {
        return org.drillgrid.engine.report.HtmlReport.render(report(id, lang));
    }

    /**
     * The after-action report of a session, ready to render as HTML or DOCX: made from one export into a
     * temporary folder (a re-simulation, one at a time), which is gone when this returns.
     */
    public org.drillgrid.engine.report.ReportModel report(String id, String lang) throws ScenarioException, IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("drillgrid-report");
        try {
            export(id, dir);
            return org.drillgrid.engine.report.AfterActionReport.build(org.drillgrid.engine.report.RunFolder.read(dir),
                    org.drillgrid.engine.report.Labels.of(lang));
        } catch (org.drillgrid.engine.report.RunFolderException e) {
            throw new IllegalStateException("the session's export cannot be read: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(java.nio.file.Path dir) throws IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> withoutEnd(List<String> lines) {
        int n = lines.size();
        return n > 0 && lines.get(n - 1).contains("\"type\":\"run-ended\"") ? lines.subList(0, n - 1) : lines;
    }


    /** Issues a token for a session (or, with a null session, a server-wide admin token); returns its text. */
    public String issueToken(String sessionId, String role, Visibility.Rights rights) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String kind = sessionId == null ? "admin" : rights.name().toLowerCase(java.util.Locale.ROOT);
        store.saveToken(new SessionStore.TokenRow(hash(token), sessionId, role, kind, clock.instant()));
        return token;
    }

    /** Registers a server-wide admin token chosen by the operator (stored as its hash). */
    public void registerAdminToken(String token) {
        if (token.length() < 16) {
            throw new IllegalArgumentException("the admin token must be at least 16 characters");
        }
        store.saveToken(new SessionStore.TokenRow(hash(token), null, null, "admin", clock.instant()));
    }

    /** The stored token a presented one stands for, if any. */
    public Optional<SessionStore.TokenRow> token(String presented) {
        return presented == null || presented.isBlank() ? Optional.empty() : store.token(hash(presented));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves what every session did; they resume at the next start, running or paused as they were. Sessions
     * still resuming are left as stored. Call before the database closes.
     */
    @Override
    public void close() {
        closing = true;
        java.util.concurrent.ExecutorService pool = resumers;
        if (pool != null) {
            try {
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (ExerciseSession s : live.values()) {
            try {
                s.flush();
                LOG.info("session {} saved at t={} s, {}", s.id(), s.run().now(), s.paced().snapshot().status());
            } catch (RuntimeException e) {
                LOG.warn("session {} could not be saved at shutdown", s.id(), e);
            }
        }
    }
}
