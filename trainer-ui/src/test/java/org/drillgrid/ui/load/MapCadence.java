package org.drillgrid.ui.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.DrillgridServer;
import org.drillgrid.ui.auth.Accounts;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.User;
import org.drillgrid.ui.e2e.Browser;
import org.drillgrid.ui.session.Roster;
import org.drillgrid.ui.store.Database;
import org.drillgrid.ui.time.SimTime;
import org.drillgrid.ui.web.DataFolder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whether the map keeps up (issue 17; run with {@code scripts/map-cadence}): a {@link DrillgridServer} on
 * 127.0.0.1 with embedded H2 in a temporary folder, one Xinzheng exercise created, set to 60x and started
 * over the REST API with the admin token (as {@link OrderLoad} does), and 2 controller consoles and 10
 * command posts at 10 different positions open in headless Chromium, one browser each (each its own
 * cookies, so its own login, Vaadin UI and push connection). The users are made by the app's own
 * {@link Accounts} and seated by its {@link Roster}, then log in through the login page like people.
 *
 * <p>In each page a small script records the browser's wall time whenever the clock's text changes and
 * whenever the map shows a new overlay (GridMap's element {@code #map} gets {@code data-shown} = the overlay's
 * number once its image has loaded and replaced the old one), and when the server announced each overlay
 * (it wraps {@code DrillgridMap.update}). After the duration it reads the records and prints the intervals
 * ({@link CadenceReport}), with the load average and the CPU used meanwhile ({@link MachineLoad}). Browsers
 * quit, the server stops and the folder is deleted at the end, also on Ctrl-C.
 */
public final class MapCadence {

    static final String SCENARIO = "xinzheng-720-rainstorm";
    static final double SPEED = 60;
    /** Pages opened at once (each starts a browser and logs in: bcrypt and Vaadin's first load). */
    private static final int OPENING_THREADS = 3;
    /** After the last page opened, this long passes before the window starts (the openings settle). */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(120);

    /**
     * The observer installed in each page: arguments[0] is the clock's element id. It keeps its records in
     * {@code window.__cadence}: clock changes [time], overlays shown [time, version], announced [time, version].
     */
    static final String OBSERVER = String.join("\n",
            "var clockEl = document.getElementById(arguments[0]), mapEl = document.getElementById('map');",
            "if (window.__cadence) { return true; }",
            "var c = { clock: [], shown: [], announced: [], clockEl: clockEl, mapEl: mapEl };",
            "window.__cadence = c;",
            "var text = clockEl.textContent, shown = mapEl.getAttribute('data-shown');",
            "new MutationObserver(function () {",
            "  var t = clockEl.textContent; if (t !== text) { text = t; c.clock.push(Date.now()); }",
            "}).observe(clockEl, { childList: true, characterData: true, subtree: true });",
            "new MutationObserver(function () {",
            "  var v = mapEl.getAttribute('data-shown');",
            "  if (v !== shown) { shown = v; c.shown.push([Date.now(), Number(v)]); }",
            "}).observe(mapEl, { attributes: true, attributeFilter: ['data-shown'] });",
            "var dm = window.DrillgridMap, update = dm.update;",
            "dm.update = function (el, u) {",
            "  if (el === mapEl) { c.announced.push([Date.now(), u.version]); }",
            "  return update.apply(this, arguments);",
            "};",
            "return true;");
    static final String READ = "var c = window.__cadence; if (!c) { return null; }"
            + " return { clock: c.clock, shown: c.shown, announced: c.announced,"
            + " observed: c.clockEl.isConnected && c.mapEl.isConnected };";

    /** One open page: its browser and what it shows. */
    record Page(String name, String clockId, WebDriver driver) {
        boolean post() {
            return clockId.equals("post-clock");
        }
    }

    private final Path dir;
    private final List<WebDriver> drivers = new ArrayList<>();
    private DrillgridServer server;
    private boolean closed;

    private MapCadence(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(CadenceOptions.USAGE);
            return;
        }
        CadenceOptions options;
        try {
            options = CadenceOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Browser.available()) {
            System.err.println("map cadence: needs Debian's chromium and chromium-driver (/usr/bin/chromium,"
                    + " /usr/bin/chromedriver; DRILLGRID_CHROMIUM and DRILLGRID_CHROMEDRIVER point elsewhere)");
            System.exit(2);
            return;
        }
        MapCadence cadence = new MapCadence(Files.createTempDirectory("drillgrid-cadence"));
        Thread onInterrupt = new Thread(cadence::close, "map-cadence-cleanup"); // Ctrl-C: still stop and clean up
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            cadence.run(options).print(System.out);
        } finally {
            cadence.close();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook found the work done
            }
        }
    }

    private CadenceReport run(CadenceOptions options) throws Exception {
        Path data = dir.resolve("data");
        DataFolder.makePrivate(data);
        String password = "cadence-" + UUID.randomUUID();
        Database db = Database.embedded(data);
        synchronized (this) {
            server = DrillgridServer.start("127.0.0.1", 0, data, db, password);
        }
        String base = "http://127.0.0.1:" + server.port() + "/";
        RateCap cap = new RateCap(OrderLoad.MAX_REQUESTS_PER_SECOND, 20);
        ApiClient api = new ApiClient(server.port(), cap);
        // the session over the API as a controller would: created with the admin token, 60x, trainee tokens
        Exercise exercise = Exercise.setUp(api, OrderLoad.adminToken(data), List.of(SCENARIO), options.posts(), SPEED);
        Exercise.Session session = exercise.sessions.get(0);
        exercise.start();

        // the people: controllers, and a trainee seated at each position, made and seated by the app's own services
        Accounts accounts = new Accounts(db.dataSource(), Clock.systemUTC());
        Roster roster = new Roster(db.dataSource());
        List<String[]> logins = new ArrayList<>(); // name, username, page path, clock id
        for (int i = 1; i <= options.consoles(); i++) {
            accounts.create("controller" + i, password, Role.CONTROLLER, null);
            logins.add(new String[] {"console " + i, "controller" + i, "control/" + session.id, "control-clock"});
        }
        for (Trainee.Seat seat : exercise.seats) {
            User u = accounts.create("t-" + seat.position(), password, Role.TRAINEE, seat.position());
            roster.assign(session.id, u.id(), seat.position());
            logins.add(new String[] {"post " + seat.position(), u.username(), "post/" + session.id, "post-clock"});
        }
        System.err.printf("map cadence: opening %d consoles and %d command posts on %s%n", options.consoles(),
                options.posts(), base);
        long opening = System.nanoTime();
        List<Page> pages = open(logins, password, base);
        System.err.printf("map cadence: %d pages open after %.1f s; measuring for %d s%n", pages.size(),
                (System.nanoTime() - opening) / 1e9, options.duration().toSeconds());
        Thread.sleep(SETTLE.toMillis());

        MachineLoad machine = new MachineLoad();
        List<Future<Tally>> ordering = new ArrayList<>();
        ExecutorService trainees = null;
        long from = System.currentTimeMillis();
        long simFrom = simTime(api, session);
        MachineLoad.Cpu cpuFrom = MachineLoad.cpu();
        long deadline = System.nanoTime() + options.duration().toNanos();
        if (options.orders()) {
            ScenarioCatalog catalog = ScenarioCatalog.bundled();
            Scenario scenario = ScenarioLoader.parse(catalog.source(SCENARIO).orElseThrow());
            trainees = Executors.newFixedThreadPool(exercise.seats.size());
            for (int i = 0; i < exercise.seats.size(); i++) {
                ordering.add(trainees.submit(new Trainee(exercise.seats.get(i), new OrderMix(scenario), api,
                        1_000_003L + i, deadline)));
            }
        }
        long nextNote = System.nanoTime();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                double load = machine.sampleLoadAverage();
                if (System.nanoTime() >= nextNote) {
                    System.err.printf(Locale.ROOT, "map cadence: %3.0f s left; load average %.2f; sim time %s%n",
                            left / 1e9, load, SimTime.clock(simTime(api, session)));
                    nextNote += 30_000_000_000L;
                }
                Thread.sleep(Math.min(5000, left / 1_000_000 + 1));
            }
            machine.sampleLoadAverage();
        } finally {
            if (trainees != null) {
                trainees.shutdown();
            }
        }
        long to = System.currentTimeMillis();
        MachineLoad.Cpu cpuTo = MachineLoad.cpu();
        long simTo = simTime(api, session);
        Tally orders = new Tally();
        for (Future<Tally> f : ordering) {
            orders.add(f.get());
        }

        List<CadenceReport.Page> results = new ArrayList<>();
        for (Page p : pages) {
            results.add(read(p, from, to));
        }
        double wall = (to - from) / 1e3;
        List<String> header = new ArrayList<>();
        header.add(String.format(Locale.ROOT, "pages: %d controller consoles, %d command posts, each in its own"
                + " headless Chromium; one %s exercise at %.0fx on 127.0.0.1", options.consoles(), options.posts(),
                SCENARIO, SPEED));
        header.add(String.format(Locale.ROOT, "window: %.1f s, from %.0f s after the last page opened; sim time %s to"
                + " %s (%.1fx)", wall, SETTLE.toMillis() / 1e3, SimTime.clock(simFrom), SimTime.clock(simTo),
                (simTo - simFrom) / wall));
        header.add("load average (1 min) in the window: " + machine.loadAverageSummary());
        header.add("CPU in the window, in cores: " + MachineLoad.between(cpuFrom, cpuTo));
        if (options.orders()) {
            header.add(String.format(Locale.ROOT, "orders over the API by the %d positions: %d sent, %d acknowledged,"
                    + " %d errors; order p95 %.1f ms", exercise.seats.size(), orders.ordersSent, orders.orders.size(),
                    orders.errorCount(), orders.orders.percentileMs(95)));
        } else {
            header.add("no orders given (the command posts' pictures change only by what the drill itself reports)");
        }
        return new CadenceReport(header, results);
    }

    /** Opens every page, a few at a time; a browser is registered for clean-up as soon as it runs. */
    private List<Page> open(List<String[]> logins, String password, String base) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(OPENING_THREADS);
        try {
            List<Future<Page>> opening = new ArrayList<>();
            for (String[] l : logins) {
                opening.add(pool.submit(() -> openPage(l[0], l[1], password, base + l[2], l[3], base)));
            }
            List<Page> pages = new ArrayList<>();
            for (Future<Page> f : opening) {
                pages.add(f.get());
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private Page openPage(String name, String username, String password, String url, String clockId, String base)
            throws Exception {
        Path profile = Files.createDirectories(dir.resolve("browser-" + username));
        WebDriver driver;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("stopped");
            }
        }
        driver = Browser.open(profile);
        synchronized (this) {
            drivers.add(driver);
            if (closed) {
                throw new IllegalStateException("stopped");
            }
        }
        driver.get(base);
        Browser.login(driver, username, password);
        driver.get(url);
        WebDriverWait wait = new WebDriverWait(driver, PAGE_WAIT);
        // the page is there once its map shows its first overlay and its clock has a time
        wait.until(d -> Boolean.TRUE.equals(js(d, "var m = document.getElementById('map'),"
                + " c = document.getElementById(arguments[0]);"
                + " return !!(window.DrillgridMap && m && m.getAttribute('data-shown') && c && c.textContent);", clockId)));
        js(driver, OBSERVER, clockId);
        System.err.printf("map cadence: %s open%n", name);
        return new Page(name, clockId, driver);
    }

    /** The page's records as figures of the window [from, to]. */
    @SuppressWarnings("unchecked")
    private static CadenceReport.Page read(Page p, long from, long to) {
        Map<String, Object> r;
        try {
            r = (Map<String, Object>) js(p.driver, READ);
        } catch (RuntimeException e) {
            System.err.println("map cadence: could not read " + p.name + ": " + e);
            r = null;
        }
        if (r == null) {
            return CadenceReport.Page.of(p.name, p.post(), List.of(), List.of(), List.of(), false, from, to);
        }
        List<Long> clock = new ArrayList<>();
        ((List<Object>) r.get("clock")).forEach(o -> clock.add(((Number) o).longValue()));
        return CadenceReport.Page.of(p.name, p.post(), clock, pairs(r.get("shown")), pairs(r.get("announced")),
                Boolean.TRUE.equals(r.get("observed")), from, to);
    }

    @SuppressWarnings("unchecked")
    private static List<long[]> pairs(Object list) {
        List<long[]> out = new ArrayList<>();
        for (Object o : (List<Object>) list) {
            List<Object> pair = (List<Object>) o;
            out.add(new long[] {((Number) pair.get(0)).longValue(), ((Number) pair.get(1)).longValue()});
        }
        return out;
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static long simTime(ApiClient api, Exercise.Session session) throws Exception {
        ApiClient.Reply r = api.get(session.controller, "sessions/" + session.id);
        return r.status() == 200 ? r.json().path("t").asLong() : -1;
    }

    /** Quits the browsers, stops the server, deletes the folder; once, whether the run ended or was interrupted. */
    private void close() {
        List<WebDriver> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(drivers);
        }
        for (WebDriver d : open) {
            try {
                d.quit();
            } catch (RuntimeException e) {
                System.err.println("map cadence: a browser did not quit cleanly: " + e);
            }
        }
        // whatever of ours still runs (a browser whose driver did not answer): ended by its own process id
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
        try {
            DrillgridServer s;
            synchronized (this) {
                s = server;
            }
            if (s != null) {
                s.close();
            }
        } catch (Exception e) {
            System.err.println("map cadence: the server did not stop cleanly: " + e);
        } finally {
            OrderLoad.deleteTree(dir);
        }
    }
}
