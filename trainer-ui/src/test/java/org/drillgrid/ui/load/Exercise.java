package org.drillgrid.ui.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The load test's exercise sessions, set up through the API as a controller would: created with the admin
 * token, set to a speed, trainee tokens issued for different positions, then started together.
 */
final class Exercise {

    /** One session and its controller's token; {@code startedAt} in {@link System#nanoTime()}. */
    static final class Session {
        final String id;
        final String scenario;
        final String controller;
        long startedAt;

        Session(String id, String scenario, String controller) {
            this.id = id;
            this.scenario = scenario;
            this.controller = controller;
        }
    }

    /** What a session reached: its sim time after the wall time it ran. */
    record Reached(Session session, String status, long simSeconds, double wallSeconds) {
    }

    final List<Session> sessions = new ArrayList<>();
    final List<Trainee.Seat> seats = new ArrayList<>();
    private final ApiClient api;

    private Exercise(ApiClient api) {
        this.api = api;
    }

    /**
     * Creates a session of each scenario at {@code speed} and {@code trainees} trainee tokens dealt round
     * the sessions; within a session every trainee has a different position.
     */
    static Exercise setUp(ApiClient api, String adminToken, List<String> scenarios, int trainees, double speed)
            throws IOException, InterruptedException {
        Exercise ex = new Exercise(api);
        for (int k = 0; k < scenarios.size(); k++) {
            JsonNode created = api.expect(201, adminToken, "sessions", "{\"scenario\": \"" + scenarios.get(k)
                    + "\", \"name\": \"load test " + (k + 1) + "\"}");
            Session s = new Session(created.get("id").asText(), scenarios.get(k), created.get("controllerToken").asText());
            api.expect(200, s.controller, "sessions/" + s.id + "/speed", "{\"speed\": " + speed + "}");
            ex.sessions.add(s);
        }
        List<String> positions = OrderMix.POSITIONS;
        for (int i = 0; i < trainees; i++) {
            int k = i % scenarios.size();
            int j = i / scenarios.size();
            if (j >= positions.size()) {
                throw new IllegalArgumentException("more trainees in a session than positions");
            }
            // each session starts at another place in the list, so the positions spread over the sessions
            String position = positions.get((j + 5 * k) % positions.size());
            Session s = ex.sessions.get(k);
            String token = api.expect(200, s.controller, "sessions/" + s.id + "/tokens",
                    "{\"rights\": \"trainee\", \"role\": \"" + position + "\"}").get("token").asText();
            ex.seats.add(new Trainee.Seat(s.id, s.scenario, position, token));
        }
        return ex;
    }

    void start() throws IOException, InterruptedException {
        for (Session s : sessions) {
            api.expect(200, s.controller, "sessions/" + s.id + "/start", "");
            s.startedAt = System.nanoTime();
        }
    }

    /** Pauses every session and says where each got to. */
    List<Reached> pause() throws IOException, InterruptedException {
        List<Reached> out = new ArrayList<>();
        for (Session s : sessions) {
            JsonNode status = api.expect(200, s.controller, "sessions/" + s.id + "/pause", "");
            out.add(new Reached(s, status.path("status").asText(), status.path("t").asLong(),
                    (System.nanoTime() - s.startedAt) / 1e9));
        }
        return out;
    }
}
