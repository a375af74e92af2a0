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

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on (default: ${DEFAULT-VALUE})")
    private String host;

    @picocli.CommandLine.Mixin
    private DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be between 0 and 65535");
        }
        DrillgridServer server;
        try {
            server = DrillgridServer.start(host, port, db.data, db.external());
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
        System.out.println("Drillgrid is running at http://localhost:" + server.port() + "/  (Ctrl+C stops it)");
        server.join();
        return 0;
    }
}
