package org.drillgrid.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paced session in a server process that is killed with SIGKILL (kill -9) while it runs: after a restart
 * on the same data folder the session goes on from where it was saved, with every order the API had
 * acknowledged, and each of them is carried out (or refused) in the log exactly as in the first process.
 */
class SessionCrashTest {

    @TempDir
    Path dir;
    private Process process;

    @AfterEach
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private Http startHost() throws Exception {
        Files.deleteIfExists(dir.resolve("port"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the flood solver's vector loops, as in every other JVM of the tests (the root pom's argLine)
        process = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), ApiHost.class.getName(), dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("host.log").toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(dir.resolve("port"))) {
            assertTrue(process.isAlive(), "host died: " + Files.readString(dir.resolve("host.log")));
            assertTrue(System.nanoTime() < deadline, "host did not start");
            Thread.sleep(50);
        }
        return new Http(Integer.parseInt(Files.readString(dir.resolve("port")).strip()));
    }

    @Test
    void killedDuringAPacedSessionItResumesWithEveryAcknowledgedOrder() throws Exception {
        Http http = startHost();
        String admin = Files.readString(dir.resolve("admin-token")).strip();
        JsonNode created = http.post(admin, "sessions", "{\"scenario\": \"xinzheng-720-rainstorm\"}").json();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        String trainee = http.post(controller, "sessions/" + id + "/tokens",
                "{\"rights\": \"trainee\", \"role\": \"dispatch\"}").json().get("token").asText();
        assertEquals(200, http.post(controller, "sessions/" + id + "/speed", "{\"speed\": 600}").status());
        assertEquals(200, http.post(controller, "sessions/" + id + "/start", "").status());
        List<String> orders = List.of(
                "{\"type\": \"set-response-level\", \"level\": \"IV\"}",
                "{\"type\": \"warn\", \"area\": \"city-centre\", \"level\": 2, \"channels\": [\"cell-broadcast\"]}",
                "{\"type\": \"set-response-level\", \"level\": \"III\"}",
                "{\"type\": \"close-road\", \"area\": \"railway-underpass\"}",
                "{\"type\": \"dispatch-team\", \"team\": \"no-such-team\", \"task\": \"rescue\", \"area\": \"old-town\"}",
                "{\"type\": \"five-stops\", \"area\": \"old-town\", \"stops\": [\"classes\"]}");
        List<JsonNode> acks = new ArrayList<>();
        for (String o : orders) {
            Http.Reply r = http.post(trainee, "sessions/" + id + "/orders", o);
            assertEquals(202, r.status(), r.body());
            acks.add(r.json());
            Thread.sleep(150);
        }
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no last flush
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));

        http = startHost();
        Http.Reply reply = http.get(controller, "sessions/" + id);
        for (long until = System.nanoTime() + 60_000_000_000L; reply.status() == 503; ) {
            assertTrue(System.nanoTime() < until, "the session did not resume: " + reply.body());
            Thread.sleep(50); // resuming in the background: the host listens meanwhile
            reply = http.get(controller, "sessions/" + id);
        }
        JsonNode status = reply.json();
        assertEquals("RUNNING", status.get("status").asText(), status.toString());
        JsonNode inputs = http.get(controller, "sessions/" + id + "/inputs").json();
        assertEquals(orders.size(), inputs.size(), inputs.toString());
        for (int i = 0; i < acks.size(); i++) {
            assertEquals(acks.get(i).get("seq").asInt(), inputs.get(i).get("seq").asInt());
            assertEquals(acks.get(i).get("t").asLong(), inputs.get(i).get("t").asLong());
            assertEquals("dispatch", inputs.get(i).get("role").asText());
        }
        long last = acks.get(acks.size() - 1).get("t").asLong();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (http.get(controller, "sessions/" + id).json().get("t").asLong() <= last + 120) {
            assertTrue(System.nanoTime() < deadline, "the resumed session does not advance");
            Thread.sleep(100);
        }
        Thread.sleep(300);
        List<JsonNode> decided = new ArrayList<>();
        for (JsonNode e : http.get(controller, "sessions/" + id + "/events?limit=5000").json()) {
            String type = e.get("type").asText();
            if (type.equals("order-issued") || type.equals("order-rejected")) {
                decided.add(e);
            }
        }
        assertEquals(orders.size(), decided.size(), decided.toString());
        for (int i = 0; i < decided.size(); i++) {
            JsonNode order = decided.get(i).get("order").elements().next();
            assertEquals(acks.get(i).get("t").asLong(), order.get("t").asLong(), "order " + (i + 1) + " at its time");
        }
        assertEquals("order-rejected", decided.get(4).get("type").asText());
        assertEquals("no team 'no-such-team'", decided.get(4).get("reason").asText());
        // the log has no gap and no repeat across the crash: seqs of the stored events are 0..n-1
        JsonNode all = http.get(controller, "sessions/" + id + "/events?limit=5000").json();
        assertTrue(all.size() > 0);
        assertEquals("run-started", all.get(0).get("type").asText());
        long runStarted = 0;
        for (JsonNode e : all) {
            runStarted += e.get("type").asText().equals("run-started") ? 1 : 0;
        }
        assertEquals(1, runStarted, "the resumed run's events were not stored twice");
    }
}
