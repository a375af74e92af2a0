package org.drillgrid.ui.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.DrillgridServer;

/**
 * The exercise server under a bounded load of simulated trainees (run with {@code scripts/load-test}).
 * It starts a {@link DrillgridServer} on 127.0.0.1 with embedded H2 in a temporary folder, creates three
 * sessions (two Xinzheng, one Xinyang) at 60x (slower for long runs: {@link LoadOptions#speed()}), gives 20 trainees tokens for different positions and lets
 * them poll events and give orders for the duration ({@link LoadOptions}), then prints latencies and
 * errors ({@link LoadReport}), stops the server and deletes the folder. Requests are capped at
 * {@link #MAX_REQUESTS_PER_SECOND}; the duration at {@link LoadOptions#MAX_DURATION}.
 */
public final class OrderLoad {

    static final List<String> SCENARIOS = List.of("xinzheng-720-rainstorm", "xinzheng-720-rainstorm",
            "xinyang-huaihe-flood");
    static final int TRAINEES = 20;
    /** A safety bound, not the load: 20 trainees ask about 20 polls and 4 orders a second. */
    static final double MAX_REQUESTS_PER_SECOND = 50;
    private static final double BURST = 20;

    private final Path dir;
    private DrillgridServer server;
    private boolean closed;

    private OrderLoad(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        OrderLoad load = new OrderLoad(Files.createTempDirectory("drillgrid-load"));
        Thread onInterrupt = new Thread(load::close, "load-test-cleanup"); // Ctrl-C: still stop and clean up
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            load.run(options).print(System.out);
        } finally {
            load.close();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook found the work done
            }
        }
    }

    private LoadReport run(LoadOptions options) throws Exception {
        Path data = dir.resolve("data");
        synchronized (this) {
            server = DrillgridServer.start("127.0.0.1", 0, data, null);
        }
        RateCap cap = new RateCap(MAX_REQUESTS_PER_SECOND, BURST);
        ApiClient api = new ApiClient(server.port(), cap);
        Exercise exercise = Exercise.setUp(api, adminToken(data), SCENARIOS, TRAINEES, options.speed());
        ScenarioCatalog catalog = ScenarioCatalog.bundled();
        Map<String, Scenario> scenarios = new HashMap<>();
        for (String id : SCENARIOS) {
            scenarios.putIfAbsent(id, ScenarioLoader.parse(catalog.source(id).orElseThrow()));
        }
        List<Trainee> trainees = new ArrayList<>();
        exercise.start();
        long begin = System.nanoTime();
        long deadline = begin + options.duration().toNanos();
        for (int i = 0; i < exercise.seats.size(); i++) {
            Trainee.Seat seat = exercise.seats.get(i);
            trainees.add(new Trainee(seat, new OrderMix(scenarios.get(seat.scenario())), api,
                    options.seed() * 1_000_003L + i, deadline));
        }
        System.err.printf("load test: %d trainees in %d sessions at %.0fx for %d s on 127.0.0.1:%d%n",
                trainees.size(), exercise.sessions.size(), options.speed(), options.duration().toSeconds(), server.port());
        Tally all = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(trainees.size());
        try {
            List<Future<Tally>> running = new ArrayList<>();
            for (Trainee t : trainees) {
                running.add(pool.submit(t));
            }
            for (Future<Tally> f : running) {
                all.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double wallSeconds = (System.nanoTime() - begin) / 1e9;
        return new LoadReport(options, exercise.seats.size(), exercise.pause(), wallSeconds, all, cap);
    }

    /** The admin token the server uses: from the environment if set there, else the file it wrote. */
    static String adminToken(Path data) throws IOException {
        String env = System.getenv(DrillgridServer.ADMIN_TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return Files.readString(data.resolve(DrillgridServer.ADMIN_TOKEN_FILE)).strip();
    }

    /** Stops the server and deletes the temporary folder; once, whether the run ended or was interrupted. */
    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            System.err.println("load test: the server did not stop cleanly: " + e);
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("load test: could not delete " + root + ": " + e);
        }
    }
}
