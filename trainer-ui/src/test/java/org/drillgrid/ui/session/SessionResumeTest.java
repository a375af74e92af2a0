package org.drillgrid.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming after a restart: a session that cannot be resumed is marked FAILED with the reason and is not
 * tried again at the next start; the others resume beside it.
 */
class SessionResumeTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ScheduledExecutorService executor;

    @BeforeEach
    void open() {
        db = Database.embedded(dir);
        executor = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdownNow();
        db.close();
    }

    private SessionService service() {
        return new SessionService(new SessionStore(db), ScenarioCatalog.bundled(), executor, Clock.systemUTC());
    }

    @Test
    void aSessionThatCannotBeResumedIsMarkedFailedWithTheReasonAndNotTriedAgain() throws Exception {
        SessionStore store = new SessionStore(db);
        store.create(new SessionStore.SessionRow("gone", "no-such-scenario", 42, 86_400, null, null, "RUNNING", 600,
                60, T0, T0, null));
        SessionService first = service();
        String good = first.create("xinzheng-720-rainstorm", 7L, null).session().id();
        first.close();

        SessionService second = service();
        assertEquals(1, second.resumeAll(), "the good session resumes beside the broken one");
        assertTrue(second.find(good).isPresent());
        SessionStore.SessionRow gone = store.find("gone").orElseThrow();
        assertEquals("FAILED", gone.status());
        assertEquals(600, gone.simSeconds(), "the sim time it had reached is kept");
        String reason = store.failure("gone").orElseThrow();
        assertTrue(reason.contains("could not be resumed") && reason.contains("no-such-scenario"), reason);
        second.close();

        SessionService third = service();
        assertEquals(java.util.List.of(good), third.resumeInBackground(2), "the failed session is not tried again");
        assertTrue(third.awaitResumed(java.time.Duration.ofSeconds(120)));
        third.close();
    }
}
