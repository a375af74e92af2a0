package org.drillgrid.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise of docs/api.md, tested the way it can break: a server process ({@link ApiHost})
 * takes orders, injects and ratings from 4 concurrent clients and is killed with SIGKILL at random moments
 * (during start-up and resume, in the middle of writing a depth checkpoint, while inputs stream in), six
 * times over the same database (and once more before each start-up and checkpoint trial). After every restart each input that had been answered 202/200 with a seq is
 * stored under that seq with its kind and author, and no seq was ever given to two acknowledged inputs.
 * On embedded H2 and on PostgreSQL ({@code DRILLGRID_TEST_PG_URL}; skipped with the reason without it,
 * failed when {@code DRILLGRID_REQUIRE_POSTGRES=1}).
 */
class SessionKillTest {

    static final int TRIALS = 6;
    /** Kill moments come from this seed (the moments are wall-clock, so only roughly repeatable). */
    static final long SEED = Long.getLong("drillgrid.test.killSeed", 20L);
    private static final String SCENARIO = "xinzheng-720-rainstorm";

    @Nested
    class OnH2 extends Trials {
        @Override
        List<String> databaseArgs() {
            return List.of();
        }
    }

    @Nested
    class OnPostgres extends Trials {
        @Override
        List<String> databaseArgs() {
            org.drillgrid.ui.store.TestPostgres pg = org.drillgrid.ui.store.TestPostgres.emptied();
            return List.of("postgres", pg.url(), pg.user(), pg.password() == null ? "" : pg.password());
        }
    }

    /** An input the server acknowledged: its seq, kind, author and (for ratings) the note it carried. */
    record Ack(int seq, String kind, String role, String note, long atNanos) {
    }

    abstract static class Trials {

        @TempDir
        Path dir;
        private Process host;
        private final AtomicReference<Http> http = new AtomicReference<>();
        private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> surprises = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private volatile CountDownLatch checkpoint = new CountDownLatch(1);
        private List<String> db;
        private String id;
        private String controller;

        /** Arguments that point {@link ApiHost} at the database (skips or fails without it); empties it. */
        abstract List<String> databaseArgs();

        @AfterEach
        void kill() throws Exception {
            stop.set(true);
            if (host != null) {
                host.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }

        @Test
        void noAcknowledgedInputIsLostAndNoSeqIsReusedAcrossKillsAtRandomMoments() throws Exception {
            db = databaseArgs();
            spawn();
            awaitPort();
            String admin = Files.readString(dir.resolve("admin-token")).strip();
            JsonNode created = http.get().post(admin, "sessions", "{\"scenario\": \"" + SCENARIO + "\"}").json();
            id = created.get("id").asText();
            controller = created.get("controllerToken").asText();
            String dispatch = token("trainee", "dispatch");
            String evacuation = token("trainee", "evacuation");
            String observer = token("observer", "observer");
            assertEquals(200, http.get().post(controller, "sessions/" + id + "/speed", "{\"speed\": 1200}").status());
            assertEquals(200, http.get().post(controller, "sessions/" + id + "/start", "").status());

            List<Thread> clients = List.of(
                    client("orders", dispatch, n -> "{\"type\": \"set-response-level\", \"level\": \""
                            + (n % 2 == 0 ? "IV" : "III") + "\"}", "order", "dispatch"),
                    client("orders", evacuation, n -> "{\"type\": \"warn\", \"area\": \"city-centre\", \"level\": "
                            + (1 + n % 3) + ", \"channels\": [\"cell-broadcast\"]}", "order", "evacuation"),
                    client("injects", controller, n -> "{\"fire\": \"" + (n % 2 == 0 ? "xz-blue-warning"
                            : "xz-yellow-warning") + "\"}", "control", "controller"),
                    client("ratings", observer, n -> "{\"objective\": \"obj-warning\", \"rating\": \"S\", \"note\": \"n"
                            + n + "\", \"by\": \"observer\"}", "rating", "observer"));
            clients.forEach(Thread::start);

            Random random = new Random(SEED);
            List<String> report = new ArrayList<>();
            String[] moments = {"random", "start-up", "checkpoint", "random", "start-up", "checkpoint"};
            for (int trial = 1; trial <= TRIALS; trial++) {
                String when = moments[(trial - 1) % moments.length];
                if (when.equals("start-up")) {
                    // the JVM, the database, the resume of the session, clients knocking as soon as it listens
                    halt();
                    spawn();
                    Thread.sleep(200 + random.nextInt(2500));
                } else if (when.equals("checkpoint")) {
                    // a resumed session writes a depth checkpoint at once: kill the host while it writes that one
                    halt();
                    checkpoint = new CountDownLatch(1);
                    spawn();
                    assertTrue(checkpoint.await(90, TimeUnit.SECONDS), "no checkpoint was written within 90 s: " + tail());
                } else {
                    // while inputs stream in: once this process has acknowledged a few, within 0.25 s of an answer
                    int before = acks.size();
                    long deadline = System.nanoTime() + 120_000_000_000L;
                    while (acks.size() < before + 10) {
                        assertTrue(System.nanoTime() < deadline, "no inputs acknowledged within 120 s: " + surprises);
                        Thread.sleep(20);
                    }
                    int now = acks.size();
                    while (acks.size() == now) {
                        assertTrue(System.nanoTime() < deadline, "no inputs acknowledged within 120 s: " + surprises);
                        Thread.sleep(2);
                    }
                    Thread.sleep(random.nextInt(250)); // the issue lost inputs acknowledged 0.17-0.29 s before the kill
                }
                long killAt = System.nanoTime();
                halt();
                long recent = acks.stream().filter(a -> killAt - a.atNanos() < 300_000_000L).count();
                restart();
                int stored = check();
                report.add("trial " + trial + " (kill during " + when + "): " + acks.size() + " acknowledged so far, "
                        + recent + " of them in the last 0.3 s before the kill; " + stored + " inputs stored");
            }
            stop.set(true);
            for (Thread c : clients) {
                c.join(10_000);
            }
            check();
            System.out.println(getClass().getSimpleName() + ": " + String.join("\n  ", report));
            assertTrue(surprises.isEmpty(), "unexpected answers: " + surprises);
            // what the two kills while inputs stream in require (10 each); the sharpness is in those kills, each
            // within 0.25 s of an answer
            assertTrue(acks.size() >= 20, "too few inputs acknowledged for a sharp test: " + acks.size());
        }

        /** Every acknowledged input is stored under its seq; no seq was acknowledged twice. */
        private int check() throws Exception {
            Map<Integer, Ack> bySeq = new HashMap<>();
            for (Ack a : acks) {
                Ack before = bySeq.put(a.seq(), a);
                if (before != null) {
                    fail("seq " + a.seq() + " acknowledged twice: " + before + " and " + a);
                }
            }
            Http.Reply r = http.get().get(controller, "sessions/" + id + "/inputs");
            assertEquals(200, r.status(), r.body());
            Map<Integer, JsonNode> stored = new HashMap<>();
            for (JsonNode in : r.json()) {
                stored.put(in.get("seq").asInt(), in);
            }
            List<String> lost = new ArrayList<>();
            for (Ack a : bySeq.values()) {
                JsonNode in = stored.get(a.seq());
                if (in == null || !in.get("kind").asText().equals(a.kind()) || !in.get("role").asText().equals(a.role())
                        || (a.note() != null && !a.note().equals(in.get("body").path("note").asText()))) {
                    lost.add(a + " stored as " + in);
                }
            }
            assertTrue(lost.isEmpty(), lost.size() + " acknowledged inputs lost or changed: " + lost);
            return stored.size();
        }

        private Thread client(String route, String token, java.util.function.IntFunction<String> body, String kind,
                String role) {
            Thread t = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    Http h = http.get();
                    if (h == null) {
                        pause(20);
                        continue;
                    }
                    String json = body.apply(n);
                    try {
                        Http.Reply r = h.post(token, "sessions/" + id + "/" + route, json);
                        if (r.status() == 202 || r.status() == 200) {
                            JsonNode ack = r.json();
                            String note = kind.equals("rating") ? "n" + n : null;
                            acks.add(new Ack(ack.get("seq").asInt(), kind, role, note, System.nanoTime()));
                        } else if (r.status() == 503) {
                            pause(100); // resuming after a restart
                        } else {
                            surprises.add(r.status() + " " + r.body() + " to " + json);
                        }
                    } catch (java.io.IOException e) {
                        pause(20); // the server is down or was killed mid-request: not acknowledged
                    } catch (Exception e) {
                        surprises.add(e.toString());
                    }
                    pause(25);
                }
            }, "kill-test-" + route + "-" + role);
            t.setDaemon(true);
            return t;
        }

        private static void pause(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String token(String rights, String role) throws Exception {
            return http.get().post(controller, "sessions/" + id + "/tokens", "{\"rights\": \"" + rights + "\", \"role\": \""
                    + role + "\"}").json().get("token").asText();
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed. */
        private void halt() throws InterruptedException {
            http.set(null);
            host.destroyForcibly();
            assertTrue(host.waitFor(10, TimeUnit.SECONDS));
        }

        /** Starts the host process and, once it listens, waits until the session takes inputs again. */
        private void restart() throws Exception {
            spawn();
            awaitPort();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (true) {
                Http.Reply r = http.get().get(controller, "sessions/" + id);
                if (r.status() == 200 && r.json().get("status").asText().equals("RUNNING")) {
                    return;
                }
                assertTrue(System.nanoTime() < deadline, "the session did not resume: " + r.body() + "\n" + tail());
                Thread.sleep(50);
            }
        }

        private void spawn() throws Exception {
            Files.deleteIfExists(dir.resolve("port"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
                    "-Ddrillgrid.test.markCheckpoints=true", "-cp", System.getProperty("java.class.path"),
                    ApiHost.class.getName(), dir.toString()));
            cmd.addAll(db);
            host = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Process p = host;
            PrintWriter log = new PrintWriter(Files.newBufferedWriter(dir.resolve("host.log"),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), true);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.equals(ApiHost.CHECKPOINT_MARK)) {
                            checkpoint.countDown();
                        }
                        log.println(line);
                    }
                } catch (java.io.IOException e) {
                    log.println("(host output ended: " + e + ")");
                } finally {
                    log.close();
                }
            }, "kill-test-host-output");
            reader.setDaemon(true);
            reader.start();
            Thread door = new Thread(() -> {
                // the clients knock as soon as the host listens, resuming or not
                while (p.isAlive() && !Files.exists(dir.resolve("port"))) {
                    pause(5);
                }
                try {
                    if (p.isAlive()) {
                        http.compareAndSet(null, new Http(Integer.parseInt(Files.readString(dir.resolve("port")).strip())));
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    surprises.add("port file: " + e);
                }
            }, "kill-test-port");
            door.setDaemon(true);
            door.start();
        }

        private void awaitPort() throws Exception {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (http.get() == null) {
                assertTrue(host.isAlive(), "host died: " + tail());
                assertTrue(System.nanoTime() < deadline, "host did not start: " + tail());
                Thread.sleep(20);
            }
        }

        private String tail() throws java.io.IOException {
            List<String> lines = Files.readAllLines(dir.resolve("host.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }
}
