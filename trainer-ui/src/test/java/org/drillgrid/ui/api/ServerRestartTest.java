package org.drillgrid.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server ({@code drillgrid serve}, Vaadin and all) in its own process, with 8 live exercise sessions,
 * stopped the normal way (SIGTERM) and started again: every session is saved at the stop where it was
 * (nothing "could not be saved"), the new server listens before it re-simulates any session, a session
 * still resuming answers 503 with Retry-After, and every session is resumed within 60 s of the port
 * answering, at the sim time it was saved at, running or paused as it was.
 */
class ServerRestartTest {

    private static final String TOKEN = "restart-test-admin-token-0123456789";
    private static final int SESSIONS = 8;
    /** The Xinzheng scenario's time step (s). */
    private static final long TICK = 60;
    private static final Pattern SAVED = Pattern.compile("session (\\S+) saved at t=(\\d+) s, (\\w+)");
    private static final Pattern RESUMED = Pattern.compile("session (\\S+) resumed at t=(\\d+) s");
    /** The app answers (Vaadin deployed): sessions resume only after this line. */
    private static final Pattern LISTENING = Pattern.compile("the app answers (\\d+) ms after the start began");
    /** The port is open (answering 503 "starting" until the app answers). */
    private static final Pattern PORT_OPEN = Pattern.compile("listening on \\S+ (\\d+) ms after the start began");
    private static final Pattern RUNNING_AT = Pattern.compile("running at http://localhost:(\\d+)/");

    @TempDir
    Path data;
    private Process server;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void kill() throws Exception {
        if (server != null) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSigtermSavesEveryLiveSessionAndTheRestartedServerListensAtOnceAndResumesThemWhereTheyWere()
            throws Exception {
        Http http = start();
        Map<String, String> sessions = new LinkedHashMap<>(); // id -> status it is left in
        for (int i = 0; i < SESSIONS; i++) {
            Http.Reply r = http.post(TOKEN, "sessions", "{\"scenario\": \"xinzheng-720-rainstorm\", \"seed\": " + i + "}");
            assertEquals(201, r.status(), r.body() + "\n" + String.join("\n", output));
            String id = r.json().get("id").asText();
            assertEquals(200, http.post(TOKEN, "sessions/" + id + "/speed", "{\"speed\": 3600}").status());
            assertEquals(200, http.post(TOKEN, "sessions/" + id + "/start", "").status());
            assertEquals(202, http.post(TOKEN, "sessions/" + id + "/orders",
                    "{\"type\": \"set-response-level\", \"level\": \"IV\", \"role\": \"dispatch\"}").status());
            sessions.put(id, i % 2 == 0 ? "RUNNING" : "PAUSED");
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        for (String id : sessions.keySet()) {
            while (http.get(TOKEN, "sessions/" + id).json().get("t").asLong() < 1800) {
                assertTrue(System.nanoTime() < deadline, "session " + id + " did not reach 30 min of sim time");
                Thread.sleep(100);
            }
            if (sessions.get(id).equals("PAUSED")) {
                assertEquals(200, http.post(TOKEN, "sessions/" + id + "/pause", "").status());
            }
        }

        long emptyStart = listening();
        server.toHandle().destroy(); // SIGTERM (Process.destroy would also close its output): the hook runs close
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not stop within 60 s of SIGTERM");
        String first = String.join("\n", output);
        assertFalse(first.contains("could not be saved"), first);
        assertFalse(first.contains("already closed"), first);
        Map<String, Long> saved = new LinkedHashMap<>();
        for (String line : List.copyOf(output)) {
            Matcher m = SAVED.matcher(line);
            if (m.find()) {
                saved.put(m.group(1), Long.parseLong(m.group(2)));
                assertEquals(sessions.get(m.group(1)), m.group(3), line);
            }
        }
        assertEquals(sessions.keySet(), saved.keySet(), "every live session saved at the stop:\n" + first);

        output.clear();
        http = start();
        long listening = listening();
        long portOpen = figure(PORT_OPEN);
        // the sessions are re-simulated only once the server listens: nothing of theirs is in the way of the port
        // (Jetty with Vaadin takes its own time to start: about 85 s with no session at all on a machine loaded
        // 10 times over, so a bound in seconds would measure the machine)
        List<String> log = List.copyOf(output);
        int serving = indexOf(log, LISTENING);
        int firstResumed = indexOf(log, RESUMED);
        assertTrue(serving >= 0 && (firstResumed < 0 || serving < firstResumed),
                "the server listened only after resuming a session:\n" + String.join("\n", log));
        long listens = System.nanoTime();
        boolean sawResuming = false;
        Map<String, JsonNode> resumed = new LinkedHashMap<>();
        while (resumed.size() < SESSIONS) {
            for (String id : sessions.keySet()) {
                if (resumed.containsKey(id)) {
                    continue;
                }
                Http.Reply r = http.get(TOKEN, "sessions/" + id);
                if (r.status() == 503) {
                    sawResuming = true;
                    assertEquals("2", r.headers().firstValue("Retry-After").orElse(null), r.body());
                    assertTrue(r.body().contains("resuming"), r.body());
                } else {
                    assertEquals(200, r.status(), r.body());
                    resumed.put(id, r.json());
                }
            }
            assertTrue(System.nanoTime() - listens < 60_000_000_000L, "not every session resumed within 60 s: "
                    + resumed.keySet() + "\n" + String.join("\n", output));
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - listens) / 1e9;
        Map<String, Long> resumedAt = new LinkedHashMap<>();
        for (String line : List.copyOf(output)) {
            Matcher m = RESUMED.matcher(line);
            if (m.find()) {
                resumedAt.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        for (String id : sessions.keySet()) {
            assertEquals(sessions.get(id), resumed.get(id).get("status").asText(), "session " + id + " as it was");
            // resuming goes to the later of the progress saved and the last stored event (docs/api.md); seen once
            // under Maven: saved at 3 600 s, an event of 3 660 s in the log, resumed at 3 660 s: one tick later
            long at = resumedAt.get(id) == null ? -1 : resumedAt.get(id);
            assertTrue(at >= saved.get(id) && at <= saved.get(id) + TICK, "session " + id + " saved at t="
                    + saved.get(id) + " s resumed at t=" + at + " s");
        }
        System.out.printf("ServerRestartTest: port open %d ms and the app answering %d ms after the start began (%d ms"
                + " for the first start, with no session); %d sessions resumed %.1f s after the app answered (saved at %s"
                + " s); 503 seen while resuming: %s%n", portOpen, listening, emptyStart, SESSIONS, seconds, saved.values(),
                sawResuming);
    }

    private static int indexOf(List<String> log, Pattern p) {
        for (int i = 0; i < log.size(); i++) {
            if (p.matcher(log.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** From the server's log: how long after its start began the app answered. */
    private long listening() {
        return figure(LISTENING);
    }

    /** The last figure of a log line matching {@code p}, 0 if none. */
    private long figure(Pattern p) {
        long ms = 0;
        for (String line : List.copyOf(output)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                ms = Long.parseLong(m.group(1));
            }
        }
        return ms;
    }

    /**
     * The test JVM's class path as a list of entries: under Maven it is one manifest-only jar, and Jetty's
     * annotation scanning (which finds Vaadin's servlet) reads the entries of {@code java.class.path}.
     */
    private static String classPath() throws java.io.IOException {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            return cp;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
            String entries = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (entries == null || entries.isBlank()) {
                return cp;
            }
            List<String> out = new ArrayList<>();
            for (String e : entries.trim().split("\\s+")) {
                out.add(Path.of(Path.of(cp).toUri().resolve(e)).toString());
            }
            return String.join(java.io.File.pathSeparator, out);
        }
    }

    /** Starts {@code drillgrid serve} on a free port and waits until it answers. */
    private Http start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                classPath(), "org.drillgrid.ui.Main", "serve", "--host", "127.0.0.1",
                "--port", "0", "--data", data.toString()).redirectErrorStream(true);
        pb.environment().put("DRILLGRID_API_TOKEN", TOKEN);
        pb.environment().put("DRILLGRID_ADMIN_PASSWORD", "restart-test-password-42");
        pb.environment().remove("DRILLGRID_DB_URL");
        server = pb.start();
        Process p = server;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.add(line);
                }
            } catch (java.io.IOException e) {
                output.add("(output ended: " + e + ")");
            }
        }, "restart-test-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + 300_000_000_000L; // a guard: Vaadin starts slowly on a loaded machine
        while (true) {
            for (String line : List.copyOf(output)) {
                Matcher m = RUNNING_AT.matcher(line);
                if (m.find()) {
                    return new Http(Integer.parseInt(m.group(1)));
                }
            }
            assertTrue(p.isAlive(), "the server died:\n" + String.join("\n", output));
            assertTrue(System.nanoTime() < deadline, "the server did not start:\n" + String.join("\n", output));
            Thread.sleep(50);
        }
    }
}
