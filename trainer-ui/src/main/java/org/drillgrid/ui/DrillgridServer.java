package org.drillgrid.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.run.RunService;
import org.drillgrid.ui.store.Database;
import org.drillgrid.ui.store.RunRepository;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app's bootstrap: owns the database, the simulation executor, the run service and the embedded
 * Jetty with Vaadin on it. Start-up and shutdown happen here and nowhere else.
 */
public final class DrillgridServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DrillgridServer.class);

    private final Database database;
    private final ScheduledExecutorService executor;
    private final RunService runs;
    private final Server jetty;
    private final org.drillgrid.ui.session.SessionService sessions;

    /** Environment variable with the API's admin token; without it one is made and written to the data folder. */
    public static final String ADMIN_TOKEN_ENV = "DRILLGRID_API_TOKEN";
    /** File (in the data folder) holding the admin token, readable by the owner only ({@link org.drillgrid.ui.api.ApiTokens}). */
    public static final String ADMIN_TOKEN_FILE = "api-admin-token";

    private DrillgridServer(Database database, ScheduledExecutorService executor, RunService runs,
            org.drillgrid.ui.session.SessionService sessions, Server jetty) {
        this.sessions = sessions;
        this.database = database;
        this.executor = executor;
        this.runs = runs;
        this.jetty = jetty;
    }

    /**
     * Starts the server on {@code host:port} (port 0 picks a free one) with its data in {@code dataDir}.
     *
     * @param database the database to use, or null for the embedded H2 file in {@code dataDir}
     */
    public static DrillgridServer start(String host, int port, Path dataDir, Database database) throws Exception {
        return start(host, port, dataDir, database, System.getenv(ADMIN_PASSWORD_ENV));
    }

    /**
     * As {@link #start(String, int, Path, Database)}, with the first admin's password given (null: generated
     * and printed once) instead of read from {@value #ADMIN_PASSWORD_ENV}.
     */
    public static DrillgridServer start(String host, int port, Path dataDir, Database database, String adminPassword)
            throws Exception {
        return start(host, port, dataDir, database, adminPassword, null);
    }

    /**
     * As {@link #start(String, int, Path, Database, String)}, over HTTPS with {@code tls} (null: plain HTTP).
     * The data folder is made private (0700, its files 0600) before the database opens and again before the
     * server listens.
     */
    public static DrillgridServer start(String host, int port, Path dataDir, Database database, String adminPassword,
            org.drillgrid.ui.web.Tls tls) throws Exception {
        long started = System.nanoTime();
        org.drillgrid.ui.web.DataFolder.makePrivate(dataDir);
        // the port opens first, answering 503 "starting" (with the security headers) until the app is deployed
        Server jetty = new Server();
        org.drillgrid.ui.web.Listener.add(jetty, host, port, tls);
        org.drillgrid.ui.web.StartingGate gate = new org.drillgrid.ui.web.StartingGate();
        jetty.setHandler(new org.drillgrid.ui.web.SecurityHeaders(gate));
        jetty.start();
        LOG.info("Drillgrid listening on {}://{}:{}/ {} ms after the start began; starting the app",
                tls == null ? "http" : "https", host, ((ServerConnector) jetty.getConnectors()[0]).getLocalPort(),
                (System.nanoTime() - started) / 1_000_000);
        try {
            return start(jetty, gate, started, host, dataDir, database, adminPassword, tls);
        } catch (Exception | Error e) {
            jetty.stop();
            throw e;
        }
    }

    /** Behind the open port: the database, the services, the app; returns when the app answers. */
    private static DrillgridServer start(Server jetty, org.drillgrid.ui.web.StartingGate gate, long started, String host,
            Path dataDir, Database database, String adminPassword, org.drillgrid.ui.web.Tls tls) throws Exception {
        Database db = database != null ? database : Database.embedded(dataDir);
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), daemonThreads());
        org.drillgrid.model.library.ScenarioLibrary library = new org.drillgrid.model.library.ScenarioLibrary(dataDir);
        ScenarioCatalog catalog = ScenarioCatalog.bundled().with(library);
        RunService runs = new RunService(Files.createDirectories(dataDir.resolve("runs")),
                new RunRepository(db.dataSource()), catalog, executor, Clock.systemUTC());
        org.drillgrid.ui.session.SessionService sessions = new org.drillgrid.ui.session.SessionService(
                new org.drillgrid.ui.session.SessionStore(db), catalog, executor, Clock.systemUTC());
        // sessions resume in the background, several at once, once the server listens (the API answers 503 for
        // a session still resuming); marked now, so that none looks "not live" meanwhile
        int resuming = sessions.prepareResume().size();
        String envToken = System.getenv(ADMIN_TOKEN_ENV);
        org.drillgrid.ui.api.ApiTokens tokens = new org.drillgrid.ui.api.ApiTokens(db.dataSource(), sessions,
                dataDir.resolve(ADMIN_TOKEN_FILE), envToken != null && !envToken.isBlank());
        tokens.start(envToken);
        org.drillgrid.ui.auth.Accounts accounts = new org.drillgrid.ui.auth.Accounts(db.dataSource(), Clock.systemUTC());
        firstAdmin(accounts, adminPassword);
        org.drillgrid.ui.web.DataFolder.makePrivate(dataDir); // what the database and services made, with the umask
        WebAppContext app = webApp(gate, tls != null, new AppServices(runs, sessions, accounts,
                new org.drillgrid.ui.session.Roster(db.dataSource()),
                new org.drillgrid.ui.design.DesignService(library, catalog, executor)));
        app.addServlet(new org.eclipse.jetty.ee10.servlet.ServletHolder(new org.drillgrid.ui.api.ApiServlet(sessions, tokens)),
                "/api/v1/*");
        DrillgridServer server = new DrillgridServer(db, executor, runs, sessions, jetty);
        try {
            gate.open(app);
        } catch (Exception e) {
            server.close();
            throw e;
        }
        LOG.info("Drillgrid serving {}://{}:{}/ with data in {} (the app answers {} ms after the start began)",
                tls == null ? "http" : "https", host, server.port(), dataDir.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        sessions.startResuming(Runtime.getRuntime().availableProcessors());
        if (resuming > 0) {
            LOG.info("{} exercise sessions resuming in the background", resuming);
        }
        return server;
    }

    /** Environment variable with the first admin's password; without it one is generated and printed once. */
    public static final String ADMIN_PASSWORD_ENV = "DRILLGRID_ADMIN_PASSWORD";

    /** At first start, the user {@code admin}: its generated password is printed once, on stdout. */
    private static void firstAdmin(org.drillgrid.ui.auth.Accounts accounts, String given) {
        accounts.ensureAdmin(given).ifPresent(pw -> System.out.println(given != null && !given.isBlank()
                ? "First start: user 'admin' created with the password given (" + ADMIN_PASSWORD_ENV + ")"
                : "First start: user 'admin' created with password " + pw + "  (shown only now: note it, then change it)"));
    }

    public org.drillgrid.ui.session.SessionService sessions() {
        return sessions;
    }

    /**
     * The app's context. Its resources are mounted by a factory that belongs to the gate in front of it: the
     * gate stops its beans last added first, so the app stops before the factory closes the jar it reads
     * from (the context's own factory fails on stop inside a jar; one of the server's would close first,
     * because the server was started before the app was made).
     */
    private static WebAppContext webApp(org.drillgrid.ui.web.StartingGate gate, boolean https, AppServices services) {
        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setBaseResource(ResourceFactory.of(gate).newClassLoaderResource("webapp/"));
        // Let Jetty scan our classes and Vaadin's jars for @Route, @HandlesTypes and friends.
        ctx.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", ".*\\.jar|.*/classes/.*");
        ctx.setConfigurationDiscovered(true);
        ctx.setParentLoaderPriority(true);
        ctx.setAttribute(AppServices.class.getName(), services);
        // the session cookie: not for scripts, not sent along by other sites' requests, under HTTPS only over it
        ctx.getSessionHandler().setHttpOnly(true);
        ctx.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        ctx.getSessionHandler().setSecureRequestOnly(true);
        if (https) {
            // a cookie only this origin over HTTPS can set: no sibling host or plain-HTTP page can plant one
            ctx.getSessionHandler().setSessionCookie("__Host-JSESSIONID");
        }
        JakartaWebSocketServletContainerInitializer.configure(ctx, null);
        return ctx;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "drillgrid-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public RunService runs() {
        return runs;
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    /**
     * Stops in this order: no more requests (Jetty); demo runs stopped (they need the executor); the
     * executor, so no session steps any more; every live session saved as it is now (it resumes there at
     * the next start); the database last. The embedded H2 does not close itself at JVM exit
     * ({@code DB_CLOSE_ON_EXIT=FALSE}), so a SIGTERM runs this whole order.
     */
    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            try {
                runs.close();
                executor.shutdown();
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("a slice of a run did not end within 5 s of the shutdown");
                }
                sessions.close();
            } finally {
                database.close();
            }
        }
    }
}
