package org.drillgrid.ui;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import org.drillgrid.cli.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code drillgrid serve}: the web app on embedded Jetty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the Drillgrid web app (Vaadin on embedded Jetty).",
                "Runs, users and sessions are stored in the embedded H2 database under --data,",
                "or in the database given by --db-url (e.g. jdbc:postgresql://localhost/drillgrid)."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--host", defaultValue = org.drillgrid.ui.web.Listener.DEFAULT_HOST,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface)")
    String host;

    @Option(names = "--keystore", paramLabel = "FILE.p12", defaultValue = "${env:DRILLGRID_KEYSTORE}",
            description = "serve HTTPS with the key and certificate in this PKCS#12 keystore (env DRILLGRID_KEYSTORE)")
    private java.nio.file.Path keystore;

    @Option(names = "--keystore-password", defaultValue = "${env:DRILLGRID_KEYSTORE_PASSWORD}",
            description = "the keystore's password (prefer env DRILLGRID_KEYSTORE_PASSWORD)")
    private String keystorePassword;

    @picocli.CommandLine.Mixin
    private DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be between 0 and 65535");
        }
        org.drillgrid.ui.web.Tls tls = null;
        if (keystore != null) {
            try {
                tls = new org.drillgrid.ui.web.Tls(keystore, keystorePassword);
            } catch (IllegalArgumentException e) {
                throw new InputException("--" + e.getMessage());
            }
        } else if (keystorePassword != null && !keystorePassword.isEmpty()) {
            throw new InputException("--keystore-password needs --keystore FILE.p12");
        }
        if (tls == null && !loopback(host)) {
            org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("listening on {} over plain HTTP: passwords and "
                    + "tokens cross the network readable; give --keystore for HTTPS (docs/security.md)", host);
        }
        DrillgridServer server;
        try {
            server = DrillgridServer.start(host, port, db.data, db.external(),
                    System.getenv(DrillgridServer.ADMIN_PASSWORD_ENV), tls);
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new InputException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                        + " (is another server using the port? try --port)");
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("shutdown", e);
            }
        }, "drillgrid-shutdown"));
        System.out.println("Drillgrid is running at " + (tls == null ? "http" : "https") + "://"
                + (loopback(host) ? "localhost" : host) + ":" + server.port() + "/  (Ctrl+C stops it)");
        server.join();
        return 0;
    }

    /** Whether {@code host} is this machine only (then plain HTTP never leaves it). */
    static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
