package org.drillgrid.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.drillgrid.model.json.Json;

/** A tiny JSON client for the API tests. */
final class Http {

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(body);
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/";
    }

    Reply get(String token, String path) throws Exception {
        return send(token, "GET", path, null);
    }

    Reply post(String token, String path, String json) throws Exception {
        return send(token, "POST", path, json);
    }

    Reply send(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers());
    }
}
