package org.drillgrid.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The port answers "starting" (503, Retry-After, the security headers) until the app is deployed behind it. */
class StartingGateTest {

    private final Server jetty = new Server();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A stand-in for the app: 200 "app" to everything, and whether it was started. */
    private static final class App extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap("app".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }

    @Test
    void startingAnswers503WithRetryAfterThenTheAppAnswers() throws Exception {
        Listener.add(jetty, "127.0.0.1", 0, null);
        StartingGate gate = new StartingGate();
        jetty.setHandler(new SecurityHeaders(gate));
        jetty.start();

        HttpResponse<String> starting = get("/api/v1/sessions");
        assertEquals(503, starting.statusCode());
        assertEquals(String.valueOf(StartingGate.RETRY_AFTER_SECONDS), starting.headers().firstValue("Retry-After").orElse(""));
        assertTrue(starting.body().contains("正在启动") && starting.body().contains("starting"), starting.body());
        assertEquals("DENY", starting.headers().firstValue("X-Frame-Options").orElse(""), "security headers too");
        assertFalse(starting.headers().firstValue("Server").isPresent(), "no banner");
        assertFalse(gate.isOpen());

        App app = new App();
        gate.open(app);
        assertTrue(app.isStarted(), "opening starts the app");
        HttpResponse<String> open = get("/anything");
        assertEquals(200, open.statusCode());
        assertEquals("app", open.body());

        jetty.stop();
        assertTrue(app.isStopped(), "the app stops with the server");
    }
}
