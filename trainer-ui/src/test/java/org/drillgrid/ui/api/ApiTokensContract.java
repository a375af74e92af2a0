package org.drillgrid.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.ui.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's admin token at start: a new one (file deleted, or set in the environment) ends the old. Run on
 * embedded H2 by {@link ApiTokensTest} and on PostgreSQL by {@link ApiTokensPostgresTest}.
 */
abstract class ApiTokensContract {

    @TempDir
    Path dir;
    private Database db;
    private ScheduledExecutorService executor;
    private SessionService sessions;
    private Path file;

    abstract Database open();

    @BeforeEach
    void openDatabase() {
        db = open();
        executor = Executors.newSingleThreadScheduledExecutor();
        sessions = new SessionService(new SessionStore(db.dataSource()), ScenarioCatalog.bundled(), executor,
                Clock.systemUTC());
        file = dir.resolve("api-admin-token");
    }

    @AfterEach
    void close() throws Exception {
        if (executor != null) { // null when the database was not there and the test was skipped
            executor.shutdownNow();
        }
        if (db != null) {
            db.close();
        }
    }

    private ApiTokens tokens(boolean fromEnvironment) {
        return new ApiTokens(db.dataSource(), sessions, file, fromEnvironment);
    }

    @Test
    void deletingTheFileOrSettingTheVariableEndsTheEarlierAdminToken() throws Exception {
        tokens(false).start(null);
        String first = Files.readString(file).strip();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(sessions.token(first).isPresent());
        tokens(false).start(null);
        assertTrue(sessions.token(first).isPresent(), "a restart keeps the file's token");

        Files.delete(file);
        tokens(false).start(null);
        String second = Files.readString(file).strip();
        assertNotEquals(first, second);
        assertTrue(sessions.token(first).isEmpty(), "the deleted file's token is revoked");
        assertTrue(sessions.token(second).isPresent());

        String configured = "an operator's own admin token";
        tokens(true).start(configured);
        assertTrue(sessions.token(second).isEmpty(), "the file's token is revoked once the variable is set");
        assertEquals("admin", sessions.token(configured).orElseThrow().rights());
        assertEquals(1, tokens(true).list(null).stream().filter(t -> t.rights().equals("admin")).count());
        assertThrows(IllegalStateException.class, () -> tokens(true).rotate(), "the variable is the operator's to change");
    }
}
