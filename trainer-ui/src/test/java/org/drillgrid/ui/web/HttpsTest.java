package org.drillgrid.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.drillgrid.ui.DrillgridServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTPS from a PKCS#12 keystore made with the JDK's keytool: a Secure cookie and HSTS. */
class HttpsTest {

    private static final String PASSWORD = "keystore-pass";

    @TempDir
    Path dir;

    /** A self-signed key for localhost in a new PKCS#12 keystore. */
    static Path keystore(Path dir) throws Exception {
        Path ks = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "drillgrid", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return ks;
    }

    /** A client that trusts the test's own self-signed certificate (and, being a test, any other). */
    private static HttpClient trusting() throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    @Test
    void overHttpsTheCookieIsSecureAndTheBrowserIsToldToStayOnHttps() throws Exception {
        Path ks = keystore(dir);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Tls(dir.resolve("none.p12"), PASSWORD))
                .getMessage().startsWith("keystore: "));
        try (DrillgridServer server = DrillgridServer.start("127.0.0.1", 0, dir.resolve("data"), null, "admin-password-1",
                new Tls(ks, PASSWORD))) {
            HttpResponse<String> r = trusting().send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + server.port() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            WebHardeningTest.assertHardened(r, true);
            String cookie = WebHardeningTest.sessionCookie(r, "__Host-JSESSIONID");
            assertTrue(cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Lax")
                    && cookie.contains("; Path=/") && !cookie.contains("Domain="), cookie);
            // plain HTTP to the HTTPS port gets nothing of the app
            try {
                HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(plain.statusCode() != 200 && !plain.body().contains("vaadin"), plain.statusCode() + " "
                        + plain.body());
            } catch (java.io.IOException refused) {
                // the TLS connection closed on a plain request: nothing was served
            }
        }
    }

    @Test
    void aWrongKeystorePasswordIsAClearErrorBeforeAnythingStarts() throws Exception {
        Path ks = keystore(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Tls(ks, "wrong"));
        assertTrue(e.getMessage().startsWith("keystore: cannot read " + ks), e.getMessage());
    }
}
