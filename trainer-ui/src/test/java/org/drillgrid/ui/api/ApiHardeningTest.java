package org.drillgrid.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API against hostile and careless input over HTTP (issue 20): wrong types are a 400 naming the field,
 * never a 500 and never a value coerced; orders only from command-post positions; a trainee learns no
 * position in the whole log; tokens can be listed, revoked and rotated.
 */
class ApiHardeningTest {

    private static final String SCENARIO = "xinzheng-720-rainstorm";
    private static final String BIG = "r".repeat(100 * 1024);

    @TempDir
    Path dir;
    private ApiHost host;
    private Http http;
    private String id;
    private String controller;

    @BeforeEach
    void start() throws Exception {
        host = new ApiHost(dir);
        http = new Http(host.port());
        JsonNode created = http.post(host.adminToken, "sessions", "{\"scenario\": \"" + SCENARIO + "\"}").json();
        id = created.get("id").asText();
        controller = created.get("controllerToken").asText();
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    /** Asserts a 400 whose error names {@code field} first, and returns the message. */
    private String refused(Http.Reply r, String field) throws Exception {
        assertEquals(400, r.status(), r.body());
        String error = r.json().get("error").asText();
        assertTrue(error.startsWith(field + ":") || error.startsWith(field + " "), "names " + field + ": " + error);
        return error;
    }

    private Http.Reply post(String token, String action, String json) throws Exception {
        return http.post(token, "sessions/" + id + "/" + action, json);
    }

    private String trainee(String role) throws Exception {
        Http.Reply r = post(controller, "tokens", "{\"rights\": \"trainee\", \"role\": \"" + role + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().get("token").asText();
    }

    @Test
    void badInjectsAreA400NamingTheField() throws Exception {
        refused(post(controller, "injects", "{\"inject\": \"x\"}"), "inject");
        String effect = refused(post(controller, "injects", "{\"inject\": {\"id\": \"odd\", \"message\": \"x\","
                + " \"effect\": {\"type\": \"meteor-strike\"}}}"), "inject.effect.type");
        assertTrue(effect.contains("meteor-strike"), effect);
        refused(post(controller, "injects", "{\"inject\": {\"id\": \"odd\", \"message\": \"x\","
                + " \"effect\": {\"type\": \"rain\", \"mmPerHour\": \"lots\"}}}"), "inject.effect.mmPerHour");
        refused(post(controller, "injects", "{\"fire\": 7}"), "fire");
        refused(post(controller, "injects", "{\"fire\": \"a\", \"inject\": {}}"), "fire or inject");
        refused(post(controller, "injects", "{\"launch\": \"now\"}"), "launch");
    }

    @Test
    void aHugeRoleIsA400NotA500() throws Exception {
        refused(post(controller, "tokens", "{\"rights\": \"trainee\", \"role\": \"" + BIG + "\"}"), "role");
        refused(post(controller, "tokens", "{\"rights\": \"observer\", \"role\": \"" + BIG + "\"}"), "role");
        refused(post(controller, "orders", "{\"type\": \"set-response-level\", \"level\": \"IV\", \"role\": \""
                + BIG + "\"}"), "role");
        refused(post(controller, "ratings", "{\"objective\": \"obj-warning\", \"rating\": \"P\", \"by\": \""
                + BIG + "\"}"), "by");
    }

    @Test
    void wrongTypesAreNeverCoerced() throws Exception {
        refused(post(controller, "speed", "{\"speed\": true}"), "speed");
        refused(post(controller, "speed", "{\"speed\": \"60\"}"), "speed");
        refused(post(controller, "speed", "{}"), "speed");
        assertEquals(200, post(controller, "speed", "{\"speed\": 60}").status());
        assertEquals(60.0, http.get(controller, "sessions/" + id).json().get("speed").asDouble());
        refused(http.post(host.adminToken, "sessions", "{\"scenario\": \"" + SCENARIO + "\", \"seed\": \"abc\"}"), "seed");
        refused(http.post(host.adminToken, "sessions", "{\"scenario\": \"" + SCENARIO + "\", \"seed\": 1.5}"), "seed");
        refused(http.post(host.adminToken, "sessions", "{\"scenario\": 42}"), "scenario");
        refused(http.post(host.adminToken, "sessions", "{\"scenario\": \"" + SCENARIO + "\", \"sead\": 4}"), "sead");
        assertEquals(201, http.post(host.adminToken, "sessions", "{\"scenario\": \"" + SCENARIO + "\", \"seed\": 4}")
                .status());
        refused(post(controller, "branch", "{\"t\": \"soon\"}"), "t");
        refused(post(controller, "tokens", "{\"rights\": true, \"role\": \"rescue\"}"), "rights");
        refused(post(controller, "ratings", "{\"objective\": 5, \"rating\": \"P\"}"), "objective");
        refused(post(controller, "ratings", "{\"objective\": \"obj-warning\", \"rating\": \"X\"}"), "rating");
    }

    @Test
    void ordersAndTokensOnlyForCommandPostPositions() throws Exception {
        refused(post(controller, "orders", "{\"type\": \"set-response-level\", \"level\": \"IV\", \"role\": \"nobody\"}"),
                "role");
        refused(post(controller, "orders", "{\"type\": \"set-response-level\", \"level\": \"IV\"}"), "role");
        refused(post(controller, "tokens", "{\"rights\": \"trainee\", \"role\": \"kitchen\"}"), "role");
        assertEquals(202, post(controller, "orders", "{\"type\": \"set-response-level\", \"level\": \"IV\","
                + " \"role\": \"dispatch\"}").status());
        assertTrue(host.sessions.store().inputs(id).stream().noneMatch(i -> "nobody".equals(i.role())),
                "nothing from nowhere was stored");
    }

    @Test
    void aTraineesPagePositionCountsOnlyItsOwnPicture() throws Exception {
        String trainee = trainee("rescue");
        assertEquals(200, post(controller, "speed", "{\"speed\": 3600}").status());
        assertEquals(200, post(controller, "start", "").status());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (http.get(controller, "sessions/" + id).json().get("t").asLong() < 4 * 3600) {
            assertTrue(System.nanoTime() < deadline, "the session did not reach 4 h");
            Thread.sleep(50);
        }
        assertEquals(200, post(controller, "pause", "").status());
        Thread.sleep(300);
        Http.Reply all = http.get(trainee, "sessions/" + id + "/events?limit=5000");
        Http.Reply truth = http.get(controller, "sessions/" + id + "/events?limit=5000");
        long seen = all.json().size();
        long traineePosition = Long.parseLong(all.headers().firstValue(ApiServlet.LAST_SEQ).orElseThrow());
        long logPosition = Long.parseLong(truth.headers().firstValue(ApiServlet.LAST_SEQ).orElseThrow());
        assertTrue(seen > 0 && truth.json().size() > seen, seen + " of " + truth.json().size());
        assertEquals(seen, traineePosition, "the trainee's position is the count of what it has seen");
        assertNotEquals(logPosition, traineePosition);
        // pages of two, with the position passed back, give the same events in the same order
        List<JsonNode> paged = new ArrayList<>();
        long after = -1;
        for (int guard = 0; guard < 10_000; guard++) {
            Http.Reply page = http.get(trainee, "sessions/" + id + "/events?limit=2&after=" + after);
            page.json().forEach(paged::add);
            after = Long.parseLong(page.headers().firstValue(ApiServlet.LAST_SEQ).orElseThrow());
            if (page.json().size() < 2) {
                break;
            }
        }
        assertEquals(seen, paged.size());
        for (int i = 0; i < paged.size(); i++) {
            assertEquals(all.json().get(i), paged.get(i));
        }
        assertEquals(0, http.get(trainee, "sessions/" + id + "/events?after=" + Long.MAX_VALUE).json().size());
    }

    @Test
    void tokensCanBeListedRevokedAndRotated() throws Exception {
        String trainee = trainee("rescue");
        JsonNode all = http.get(host.adminToken, "tokens").json();
        List<String> rights = new ArrayList<>();
        all.forEach(t -> rights.add(t.get("rights").asText()));
        assertTrue(rights.containsAll(List.of("admin", "controller", "trainee")), all.toString());
        assertFalse(all.toString().contains(trainee) || all.toString().contains(controller), "never the tokens themselves");
        assertEquals(403, http.get(controller, "tokens").status(), "only an admin");
        assertEquals(403, http.get(trainee, "tokens").status());

        // a controller revokes its session's trainee token
        JsonNode mine = http.get(controller, "sessions/" + id + "/tokens").json();
        String traineeId = null;
        String controllerId = null;
        for (JsonNode t : mine) {
            if (t.get("rights").asText().equals("trainee")) {
                traineeId = t.get("id").asText();
            } else if (t.get("rights").asText().equals("controller")) {
                controllerId = t.get("id").asText();
            }
        }
        assertEquals(200, http.get(trainee, "sessions/" + id).status());
        assertEquals(403, http.send(controller, "DELETE", "sessions/" + id + "/tokens/" + controllerId, null).status());
        assertEquals(200, http.send(controller, "DELETE", "sessions/" + id + "/tokens/" + traineeId, null).status());
        assertEquals(401, http.get(trainee, "sessions/" + id).status(), "revoked");
        assertEquals(404, http.send(controller, "DELETE", "sessions/" + id + "/tokens/" + traineeId, null).status());

        // the admin rotates its token: the old one stops working at once, the new one is in the file
        Http.Reply rotated = http.post(host.adminToken, "tokens/rotate", "");
        assertEquals(200, rotated.status(), rotated.body());
        String fresh = rotated.json().get("token").asText();
        assertEquals(401, http.get(host.adminToken, "tokens").status(), "the old admin token is revoked");
        assertEquals(200, http.get(fresh, "tokens").status());
        assertEquals(fresh, Files.readString(dir.resolve("admin-token")).strip());
        // and revokes a controller token
        assertEquals(200, http.send(fresh, "DELETE", "tokens/" + controllerId, null).status());
        assertEquals(401, http.get(controller, "sessions/" + id).status());
        assertEquals(404, http.send(fresh, "DELETE", "tokens/" + controllerId, null).status());
    }
}
