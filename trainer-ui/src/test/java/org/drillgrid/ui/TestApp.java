package org.drillgrid.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.run.RunService;
import org.drillgrid.ui.store.Database;
import org.drillgrid.ui.store.RunRepository;

/**
 * A Karibu mock of the web app over real services: an in-memory H2 database, a real executor, the
 * bundled scenarios. Routes are discovered once; each test gets a fresh UI.
 */
public final class TestApp implements AutoCloseable {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.drillgrid.ui");

    public final Database database;
    public final RunService runs;
    public final org.drillgrid.ui.session.SessionService sessions;
    public final org.drillgrid.ui.auth.Accounts accounts;
    public final org.drillgrid.ui.session.Roster roster;
    public final org.drillgrid.model.library.ScenarioLibrary library;
    public final org.drillgrid.ui.design.DesignService design;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);

    public TestApp(Path dataDir) {
        database = Database.at("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        library = new org.drillgrid.model.library.ScenarioLibrary(dataDir);
        ScenarioCatalog catalog = ScenarioCatalog.bundled().with(library);
        runs = new RunService(dataDir, new RunRepository(database.dataSource()), catalog, executor, Clock.systemUTC());
        sessions = new org.drillgrid.ui.session.SessionService(
                new org.drillgrid.ui.session.SessionStore(database.dataSource()), catalog, executor, Clock.systemUTC());
        design = new org.drillgrid.ui.design.DesignService(library, catalog, executor);
        accounts = new org.drillgrid.ui.auth.Accounts(database.dataSource(), Clock.systemUTC());
        roster = new org.drillgrid.ui.session.Roster(database.dataSource());
        AppServices services = new AppServices(runs, sessions, accounts, roster, design);
        MockVaadin.setup(UI::new, new MockVaadinServlet(ROUTES) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void servletInitialized() throws jakarta.servlet.ServletException {
                super.servletInitialized();
                getService().getContext().setAttribute(AppServices.class, services);
            }
        });
    }

    /** Makes a user (password "password-123") and logs them in to the mock session. */
    public org.drillgrid.ui.auth.User login(String username, org.drillgrid.ui.auth.Role role, String position) {
        org.drillgrid.ui.auth.User u = accounts.find(username)
                .orElseGet(() -> accounts.create(username, PASSWORD, role, position));
        org.drillgrid.ui.auth.TestLogin.as(u);
        return u;
    }

    public static final String PASSWORD = "password-123";

    /** Waits up to 30 s for a condition, letting pushed UI updates run (Karibu runs ui.access tasks on clientRoundtrip). */
    public static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        MockVaadin.tearDown();
        sessions.close();
        runs.close();
        executor.shutdownNow();
        database.close();
    }
}
