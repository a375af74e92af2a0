package org.drillgrid.ui.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.drillgrid.model.json.Json;

/**
 * The load test's HTTP client for {@code /api/v1} on 127.0.0.1 only: there is no way to give it another
 * host. Every request passes the shared {@link RateCap} first; {@link Reply#nanos} is the time from
 * sending the request to having the whole answer.
 */
final class ApiClient {

    /** A request that takes longer than this counts as a timeout. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    record Reply(int status, String body, long nanos, HttpResponse<String> response) {
        JsonNode json() throws IOException {
            return Json.mapper().readTree(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // the server speaks plain HTTP/1.1; no h2c upgrade attempts
            .connectTimeout(TIMEOUT)
            .build();
    private final String base;
    private final RateCap cap;

    ApiClient(int port, RateCap cap) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/";
        this.cap = cap;
    }

    Reply get(String token, String path) throws IOException, InterruptedException {
        return send(token, "GET", path, null);
    }

    Reply post(String token, String path, String json) throws IOException, InterruptedException {
        return send(token, "POST", path, json);
    }

    /** A POST that must answer {@code expected}, for setting up: anything else ends the load test. */
    JsonNode expect(int expected, String token, String path, String json) throws IOException, InterruptedException {
        Reply r = post(token, path, json);
        if (r.status() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    private Reply send(String token, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        cap.acquire();
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), System.nanoTime() - start, r);
    }
}
