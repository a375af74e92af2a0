package org.drillgrid.ui.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.ui.store.Database;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The session API alone on Jetty over an embedded database in a folder: what the server runs for
 * {@code /api/v1}, without the Vaadin app, so tests start in a second. {@link #main} runs it as its own
 * process (the crash test kills it with SIGKILL); it writes {@code port} and {@code admin-token} files.
 */
public final class ApiHost implements AutoCloseable {

    final Database db;
    final ScheduledExecutorService executor;
    final SessionService sessions;
    final Server jetty;
    final String adminToken;

    ApiHost(Path dir) throws Exception {
        this(dir, Database.embedded(dir), false);
    }

    /** Over a database of the caller's (closed with the host), marking checkpoints on stdout or not. */
    ApiHost(Path dir, Database database, boolean markCheckpoints) throws Exception {
        db = database;
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "api-host-sim");
            t.setDaemon(true);
            return t;
        });
        sessions = new SessionService(markCheckpoints ? new SessionStore(CheckpointMarks.wrap(db.dataSource()), Clock.systemUTC(),
                        db.inputJournal().orElse(null))
                : new SessionStore(db), ScenarioCatalog.bundled(), executor,
                Clock.systemUTC());
        sessions.resumeInBackground(2); // as the server does: it listens while sessions resume
        Path tokenFile = dir.resolve("admin-token");
        if (Files.exists(tokenFile)) {
            adminToken = Files.readString(tokenFile).strip();
        } else {
            adminToken = sessions.issueToken(null, null, Visibility.Rights.CONTROLLER);
            Files.writeString(tokenFile, adminToken);
        }
        jetty = new Server();
        ServerConnector c = new ServerConnector(jetty);
        c.setHost("127.0.0.1");
        c.setPort(0);
        jetty.addConnector(c);
        ServletContextHandler ctx = new ServletContextHandler();
        ctx.setContextPath("/");
        ctx.addServlet(new ServletHolder(new ApiServlet(sessions,
                new ApiTokens(db.dataSource(), sessions, tokenFile, false))), "/api/v1/*");
        jetty.setHandler(ctx);
        jetty.start();
    }

    /** Printed when a checkpoint is being written (see {@link #main}). */
    static final String CHECKPOINT_MARK = "test-mark: writing a checkpoint";

    int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        sessions.close();
        executor.shutdownNow();
        db.close();
    }

    /**
     * {@code ApiHost DIR} (embedded H2 in DIR) or {@code ApiHost DIR postgres URL USER PASSWORD}. With
     * {@code -Ddrillgrid.test.markCheckpoints=true} it prints {@value #CHECKPOINT_MARK} on stdout when a
     * depth checkpoint starts to be written, so a test can kill it in the middle of one.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Database db = args.length > 1 && args[1].equals("postgres") ? Database.at(args[2], args[3], args[4])
                : Database.embedded(dir);
        ApiHost host = new ApiHost(dir, db, Boolean.getBoolean("drillgrid.test.markCheckpoints"));
        Path tmp = dir.resolve("port.tmp");
        Files.writeString(tmp, String.valueOf(host.port()));
        Files.move(tmp, dir.resolve("port"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        host.jetty.join();
    }
}
