package org.drillgrid.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.model.scenario.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session API over HTTP on the bundled Xinzheng drill: who may read and do what, branching. */
class SessionApiTest {

    private static final String SCENARIO = "xinzheng-720-rainstorm";

    @TempDir
    Path dir;
    private ApiHost host;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        host = new ApiHost(dir);
        http = new Http(host.port());
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    private JsonNode create() throws Exception {
        Http.Reply r = http.post(host.adminToken, "sessions", "{\"scenario\": \"" + SCENARIO + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** Runs the session at top speed until sim time {@code t}, then pauses it. */
    private void runTo(String id, String controller, long t) throws Exception {
        assertEquals(200, http.post(controller, "sessions/" + id + "/speed", "{\"speed\": 3600}").status());
        assertEquals(200, http.post(controller, "sessions/" + id + "/start", "").status());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (http.get(controller, "sessions/" + id).json().get("t").asLong() < t) {
            assertTrue(System.nanoTime() < deadline, "session did not reach t=" + t);
            Thread.sleep(50);
        }
        assertEquals(200, http.post(controller, "sessions/" + id + "/pause", "").status());
        Thread.sleep(300); // the slice under way ends and its events are written
    }

    /** A trainee token for a command-post position, issued by the controller. */
    private String trainee(String id, String controller, String role) throws Exception {
        return http.post(controller, "sessions/" + id + "/tokens", "{\"rights\": \"trainee\", \"role\": \"" + role
                + "\"}").json().get("token").asText();
    }

    /** Stops the session and waits until it has ended and its last events are saved. */
    private void stop(String id, String controller) throws Exception {
        assertEquals(200, http.post(controller, "sessions/" + id + "/stop", "").status());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!http.get(controller, "sessions/" + id).json().get("status").asText().equals("FINISHED")) {
            assertTrue(System.nanoTime() < deadline, "the session did not stop");
            Thread.sleep(50);
        }
        Thread.sleep(300);
    }

    @Test
    void aTraineeTokenCannotReadTruthOrFutureInjectsThroughAnyRoute() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        Http.Reply issued = http.post(controller, "sessions/" + id + "/tokens",
                "{\"rights\": \"trainee\", \"role\": \"rescue\"}");
        assertEquals(200, issued.status(), issued.body());
        String trainee = issued.json().get("token").asText();
        runTo(id, controller, 5 * 3600);

        // what has fired, and what has not, from the controller's view of the truth
        JsonNode all = http.get(controller, "sessions/" + id + "/events?limit=5000").json();
        Set<String> truthTypes = new HashSet<>();
        Set<String> fired = new HashSet<>();
        for (JsonNode e : all) {
            truthTypes.add(e.get("type").asText());
            if (e.get("type").asText().equals("inject-fired")) {
                fired.add(e.get("inject").asText());
            }
        }
        assertTrue(truthTypes.contains("flood-status") && truthTypes.contains("people-status"),
                "the controller sees the truth: " + truthTypes);
        List<String> unfired = new ArrayList<>();
        for (Inject i : host.sessions.find(id).orElseThrow().scenario().scenario().drillOrEmpty().injectsOrEmpty()) {
            if (!fired.contains(i.id())) {
                unfired.add(i.id());
            }
        }
        assertFalse(unfired.isEmpty(), "some injects must still be in the future at 5 h");
        assertTrue(fired.contains("xz-yellow-warning"), "the yellow warning (not addressed to rescue) fired");

        List<String> readable = List.of("sessions/" + id, "sessions/" + id + "/events?limit=5000",
                "sessions/" + id + "/events?until=999999", "sessions/" + id + "/seek?t=3600");
        for (String path : readable) {
            Http.Reply r = http.get(trainee, path);
            assertEquals(200, r.status(), path + ": " + r.body());
            for (String future : unfired) {
                assertFalse(r.body().contains(future), path + " shows future inject " + future);
            }
            assertFalse(r.body().contains("xz-yellow-warning"), path + " shows an inject for other positions");
            assertFalse(r.body().contains("depthMm"), path + " shows the true water depth");
            for (String type : List.of("flood-status", "people-status", "people-affected", "people-trapped",
                    "casualties", "underpass-flooded", "levee-breached", "outage")) {
                assertFalse(r.body().contains("\"" + type + "\""), path + " shows truth event " + type);
            }
        }
        JsonNode seen = http.get(trainee, "sessions/" + id + "/events?limit=5000").json();
        assertTrue(seen.size() > 1, "the trainee sees its picture");
        // paging: the filter comes before the limit, and the header says where to go on from
        List<JsonNode> paged = new ArrayList<>();
        long after = -1;
        for (int guard = 0; guard < 1000; guard++) {
            Http.Reply page = http.get(trainee, "sessions/" + id + "/events?limit=1&after=" + after);
            JsonNode events = page.json();
            assertTrue(events.size() <= 1);
            events.forEach(paged::add);
            after = Long.parseLong(page.headers().firstValue("Drillgrid-Last-Seq").orElseThrow());
            if (events.size() < 1) {
                break;
            }
        }
        assertEquals(seen.size(), paged.size());
        for (int i = 0; i < paged.size(); i++) {
            assertEquals(seen.get(i), paged.get(i));
        }
        for (JsonNode e : seen) {
            assertTrue(Visibility.PICTURE.contains(e.get("type").asText()), e.toString());
        }
        // every other route of the API is closed to a trainee, whatever the body
        for (String route : ApiServlet.ROUTES) {
            String method = route.substring(0, route.indexOf(' '));
            String action = route.substring(route.indexOf(' ') + 1);
            String path = "sessions/" + id + (action.isEmpty() ? "" : "/" + action);
            if (method.equals("GET") && List.of("", "events", "seek").contains(action)
                    || method.equals("POST") && action.equals("orders")) {
                continue; // the picture and the orders: checked above and below
            }
            Http.Reply r = http.send(trainee, method, path + (action.equals("seek") ? "?t=60" : ""),
                    method.equals("GET") ? null : "{\"rights\": \"trainee\", \"role\": \"x\", \"fire\": \"xz-red-warning\","
                            + " \"speed\": 60, \"t\": 60, \"objective\": \"obj-warning\", \"rating\": \"P\"}");
            assertEquals(403, r.status(), route + ": " + r.body());
            for (String future : unfired) {
                assertFalse(r.body().contains(future), route + " shows future inject " + future);
            }
        }
        assertEquals(403, http.post(trainee, "sessions", "{\"scenario\": \"" + SCENARIO + "\"}").status());
        assertEquals(401, http.get(null, "sessions/" + id + "/events").status());
        assertEquals(401, http.get("not-a-token", "sessions/" + id + "/events").status());
        // a trainee of another session sees nothing of this one
        JsonNode other = create();
        String otherTrainee = http.post(other.get("controllerToken").asText(), "sessions/" + other.get("id").asText()
                + "/tokens", "{\"rights\": \"trainee\", \"role\": \"rescue\"}").json().get("token").asText();
        assertEquals(403, http.get(otherTrainee, "sessions/" + id + "/events").status());
    }

    @Test
    void aSubscribedTraineeReceivesOnlyThePictureAndAControllerTheTruth() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        List<org.drillgrid.model.event.SimEvent> trainee = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<org.drillgrid.model.event.SimEvent> controller = new java.util.concurrent.CopyOnWriteArrayList<>();
        host.sessions.subscribe(id, Visibility.Rights.TRAINEE, "rescue", trainee::add);
        host.sessions.subscribe(id, Visibility.Rights.CONTROLLER, null, controller::add);
        runTo(id, created.get("controllerToken").asText(), 5 * 3600);
        assertTrue(trainee.size() > 0 && controller.size() > trainee.size(), trainee.size() + " of " + controller.size());
        for (var e : trainee) {
            assertTrue(Visibility.visible(Visibility.Rights.TRAINEE, "rescue", e), e.toString());
        }
        assertTrue(controller.stream().anyMatch(e -> e.type().equals("flood-status")));
    }

    @Test
    void aTraineeOrdersAsItsOwnPositionAndABadOrderIsRefusedWithTheField() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        String trainee = trainee(id, controller, "dispatch");
        Http.Reply bad = http.post(trainee, "sessions/" + id + "/orders", "{\"type\": \"launch-rockets\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("unknown order type 'launch-rockets'"), bad.body());
        Http.Reply ok = http.post(trainee, "sessions/" + id + "/orders",
                "{\"type\": \"set-response-level\", \"level\": \"IV\", \"role\": \"somebody-else\"}");
        assertEquals(202, ok.status(), ok.body());
        runTo(id, controller, 600);
        JsonNode events = http.get(trainee, "sessions/" + id + "/events?limit=5000").json();
        JsonNode issued = null;
        for (JsonNode e : events) {
            if (e.get("type").asText().equals("order-issued")) {
                issued = e;
            }
        }
        assertTrue(issued != null, events.toString());
        assertEquals("dispatch", issued.get("role").asText(), "the token's position, not the body's");
    }

    @Test
    void aStoppedSessionReplaysToTheSameLogAndGivesItsReport() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        // an inject and an order in the same tick: the replay must apply them in the order they came
        assertEquals(202, http.post(controller, "sessions/" + id + "/injects", "{\"fire\": \"xz-red-warning\"}").status());
        assertEquals(202, http.post(controller, "sessions/" + id + "/orders",
                "{\"type\": \"set-response-level\", \"role\": \"dispatch\", \"level\": \"IV\"}").status());
        runTo(id, controller, 3 * 3600);
        assertEquals(202, http.post(controller, "sessions/" + id + "/orders",
                "{\"type\": \"five-stops\", \"role\": \"dispatch\", \"area\": \"old-town\"}").status());
        assertEquals(200, http.post(controller, "sessions/" + id + "/step", "").status());
        Thread.sleep(300);
        stop(id, controller);
        JsonNode v = http.post(controller, "sessions/" + id + "/verify", "").json();
        assertTrue(v.get("identical").asBoolean(), v.toString());
        assertTrue(v.get("events").asLong() > 20, v.toString());
        assertEquals(v.get("storedSha256").asText(), v.get("replayedSha256").asText());
        Http.Reply report = http.get(controller, "sessions/" + id + "/report?lang=en");
        assertEquals(200, report.status());
        assertTrue(report.body().startsWith("<!DOCTYPE html") || report.body().startsWith("<html"),
                report.body().substring(0, 80));
        assertTrue(report.body().contains("Rainstorm warning raised to RED"), "the report lists the inject the controller fired");
        assertTrue(!report.body().contains("xz-red-warning"), "by its title, not its id");
        assertEquals(400, http.get(controller, "sessions/" + id + "/report?lang=fr").status());
        // ended, it is no longer held in memory; its scorecard is made again from the database
        assertTrue(host.sessions.find(id).isEmpty(), "an ended session is dropped from memory");
        JsonNode card = http.get(controller, "sessions/" + id + "/scorecard").json();
        assertEquals("xinzheng-720-rainstorm", card.get("scenario").asText());
        assertEquals("controller", card.get("injects").findValues("trigger").stream()
                .filter(n -> n.asText().equals("controller")).findFirst().orElseThrow().asText());
        assertEquals(409, http.post(controller, "sessions/" + id + "/pause", "").status());
    }

    @Test
    void ordersAndInjectsThatCannotBeCarriedOutAreRefusedAndTheExerciseGoesOn() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        String trainee = trainee(id, controller, "dispatch");
        // a null inside an order is refused at the door, naming its field (issue 20: nulls are refused everywhere)
        Http.Reply stops = http.post(trainee, "sessions/" + id + "/orders",
                "{\"type\": \"five-stops\", \"area\": \"old-town\", \"stops\": [null]}");
        assertEquals(400, stops.status(), stops.body());
        assertTrue(stops.body().contains("stops"), stops.body());
        Http.Reply items = http.post(trainee, "sessions/" + id + "/orders", "{\"type\": \"dispatch-materials\", "
                + "\"depot\": \"xz-depot-city\", \"shelter\": \"xz-shelter-xuanyuan-lake\", \"items\": {\"tents\": null}}");
        assertEquals(400, items.status(), items.body());
        assertTrue(items.body().contains("items"), items.body());
        // well-formed orders the exercise cannot carry out are taken and refused by the engine with a reason
        assertEquals(202, http.post(trainee, "sessions/" + id + "/orders",
                "{\"type\": \"five-stops\", \"area\": \"old-town\", \"stops\": [\"\"]}").status());
        assertEquals(202, http.post(controller, "sessions/" + id + "/injects", "{\"inject\": {\"id\": \"odd\", "
                + "\"message\": \"x\", \"effect\": {\"type\": \"outage\", \"kind\": \"power\", \"area\": \"nowhere\"}}}")
                .status());
        assertEquals(202, http.post(controller, "sessions/" + id + "/injects", "{\"inject\": {\"id\": \"odd2\", "
                + "\"message\": \"x\", \"effect\": {\"type\": \"rain\", \"mmPerHour\": 50}}}").status());
        runTo(id, controller, 1800);
        assertEquals("PAUSED", http.get(controller, "sessions/" + id).json().get("status").asText(), "not FAILED");
        List<String> reasons = new ArrayList<>();
        for (JsonNode e : http.get(controller, "sessions/" + id + "/events?limit=5000").json()) {
            if (e.path("accepted").isBoolean() && !e.get("accepted").asBoolean() || e.has("reason") && e.get("type").asText().equals("order-rejected")) {
                reasons.add(e.get("reason").asText());
            }
        }
        assertTrue(reasons.contains("unknown stop ''; one of classes, transport, production, business, construction"),
                reasons.toString());
        // an ad-hoc inject is checked as a scripted one is (models' InjectCheck), its field named by JSON path
        assertTrue(reasons.contains("$.inject.effect.area: no place, shelter or depot 'nowhere'"), reasons.toString());
        assertTrue(reasons.contains("$.inject.effect.duration: required: how long the extra rain falls"),
                reasons.toString());
    }

    @Test
    void afterARestartAnEndedSessionCanStillBeReadButTakesNoInputs() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        runTo(id, controller, 3600);
        stop(id, controller);
        int events = http.get(controller, "sessions/" + id + "/events?limit=5000").json().size();
        host.close();
        host = new ApiHost(dir);
        http = new Http(host.port());
        JsonNode status = http.get(controller, "sessions/" + id).json();
        assertEquals("FINISHED", status.get("status").asText(), status.toString());
        assertEquals(events, http.get(controller, "sessions/" + id + "/events?limit=5000").json().size());
        assertEquals(200, http.get(controller, "sessions/" + id + "/seek?t=1800").status());
        Http.Reply order = http.post(controller, "sessions/" + id + "/orders",
                "{\"type\": \"set-response-level\", \"role\": \"dispatch\", \"level\": \"IV\"}");
        assertEquals(409, order.status(), order.body());
        assertTrue(order.json().get("error").asText().contains("not live"), order.body());
        assertTrue(http.post(controller, "sessions/" + id + "/verify", "").json().get("identical").asBoolean());
    }

    @Test
    void aBranchAtTReproducesTheParentsLogUpToT() throws Exception {
        JsonNode created = create();
        String id = created.get("id").asText();
        String controller = created.get("controllerToken").asText();
        assertEquals(202, http.post(controller, "sessions/" + id + "/orders",
                "{\"type\": \"warn\", \"role\": \"publicity\", \"area\": \"city-centre\", \"level\": 2}").status());
        runTo(id, controller, 3 * 3600);
        long t = 2 * 3600;
        Http.Reply b = http.post(controller, "sessions/" + id + "/branch", "{\"t\": " + t + "}");
        assertEquals(201, b.status(), b.body());
        String branch = b.json().get("id").asText();
        String branchToken = b.json().get("controllerToken").asText();
        JsonNode mine = http.get(branchToken, "sessions/" + branch + "/events?limit=5000").json();
        JsonNode theirs = http.get(controller, "sessions/" + id + "/events?limit=5000").json();
        assertTrue(mine.size() > 100, "the branch has a log: " + mine.size());
        assertTrue(theirs.size() > mine.size(), "the parent went on past t");
        for (int i = 0; i < mine.size(); i++) {
            assertEquals(theirs.get(i), mine.get(i), "event " + i);
        }
        assertTrue(mine.get(mine.size() - 1).get("t").asLong() <= t);
        assertTrue(theirs.get(mine.size()).get("t").asLong() >= t, "the next parent event is from after t");
        assertEquals(t, http.get(branchToken, "sessions/" + branch).json().get("t").asLong());
        // the order given before t is among the branch's inputs
        JsonNode inputs = http.get(branchToken, "sessions/" + branch + "/inputs").json();
        assertEquals(1, inputs.size(), inputs.toString());
    }
}
