package org.drillgrid.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.drillgrid.ui.DrillgridServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server over plain HTTP on its default address, as {@code drillgrid serve} starts it: the
 * headers of every answer, no version banner, the session cookie's flags, the private data folder, and
 * that nobody else on the network can reach it. HTTPS is in {@link HttpsTest}.
 */
class WebHardeningTest {

    @TempDir
    static Path data;
    private static DrillgridServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = DrillgridServer.start(Listener.DEFAULT_HOST, 0, data, null, "admin-password-1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's headers carry the policy, the framing and sniffing refusals, and no banner. */
    static void assertHardened(HttpResponse<?> r, boolean secure) {
        var h = r.headers();
        String csp = h.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP: " + h.map()));
        assertTrue(csp.startsWith(SecurityHeaders.CSP), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains(secure ? "wss://" : "ws://"), "the push WebSocket to this host: " + csp);
        assertEquals(Optional.of("DENY"), h.firstValue("X-Frame-Options"));
        assertEquals(Optional.of("nosniff"), h.firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("no-referrer"), h.firstValue("Referrer-Policy"));
        assertEquals(secure, h.firstValue("Strict-Transport-Security").isPresent(), h.map().toString());
        assertTrue(h.firstValue("Server").isEmpty(), "no Server banner: " + h.firstValue("Server"));
        assertTrue(h.firstValue("X-Powered-By").isEmpty());
    }

    /** The session cookie the server sets, by its name. */
    static String sessionCookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().allValues("Set-Cookie")));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoBanner() throws Exception {
        for (String path : List.of("/login", "/", "/VAADIN/no-such-file.js", "/api/v1/sessions")) {
            HttpResponse<String> r = get(path);
            assertHardened(r, false);
            assertFalse(r.body().contains("12.1.") || r.body().contains("Jetty"), path + " names the server: " + r.body());
        }
        assertEquals(401, get("/api/v1/sessions").statusCode());
        assertEquals(Optional.of("no-store"), get("/api/v1/sessions").headers().firstValue("Cache-Control"));
        // a request Jetty refuses itself, before the app
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertFalse(answer.contains("Server:") || answer.contains("Jetty") || answer.contains("12.1."), answer);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookie(get("/login"), "JSESSIONID");
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Lax"), cookie);
        assertFalse(cookie.contains("; Secure"), "a Secure cookie would never come back over http: " + cookie);
    }

    @Test
    void theDataFolderIsTheOwnersOnly() throws Exception {
        assertEquals("rwx------", mode(data));
        for (String file : List.of("drillgrid.mv.db", DrillgridServer.ADMIN_TOKEN_FILE)) {
            assertEquals("rw-------", mode(data.resolve(file)), file);
        }
        assertEquals("rwx------", mode(data.resolve("runs")));
    }

    @Test
    void byDefaultOnlyThisMachineCanConnect() throws Exception {
        var spec = new picocli.CommandLine(new org.drillgrid.ui.ServeCommand()).getCommandSpec();
        assertEquals("127.0.0.1", spec.findOption("--host").defaultValue(), "serve's default address");
        assertEquals("127.0.0.1", Listener.DEFAULT_HOST);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
        }
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(outside.isPresent(), "this machine has no network address");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(outside.get(), server.port()), 2000);
            throw new AssertionError("reachable at " + outside.get() + ":" + server.port());
        } catch (java.net.ConnectException expected) {
            // refused: the server listens on the loopback address only
        }
    }

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
