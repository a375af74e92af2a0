package org.drillgrid.ui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production database: the same migrations and repository on PostgreSQL. Needs a server at
 * {@code DRILLGRID_TEST_PG_URL} (with {@code DRILLGRID_TEST_PG_USER}/{@code _PASSWORD}); skipped with
 * the reason without one, failed instead when {@code DRILLGRID_REQUIRE_POSTGRES=1} (as in CI). The
 * database is emptied first: point it at a database kept for tests.
 */
class PostgresDatabaseTest {

    private TestPostgres pg;

    @BeforeEach
    void emptyDatabase() {
        pg = TestPostgres.emptied();
    }

    @Test
    void migrationsAndRunRecordsWorkOnPostgres() throws Exception {
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        try (Database db = pg.open()) {
            RunRepository repo = new RunRepository(db.dataSource());
            repo.insert(new RunRecord("a", "xinzheng-720-rainstorm", 42, 86_400, "RUNNING", 0, t0, null, "runs/a"));
            repo.insert(new RunRecord("b", "xinyang-huaihe-flood", 7, 3600, "RUNNING", 0, t0.plusSeconds(5), null,
                    "runs/b"));
            repo.updateStatus("b", "FINISHED", 3600, t0.plusSeconds(9));
        }
        try (Database db = pg.open()) {
            RunRepository repo = new RunRepository(db.dataSource());
            assertEquals(1, repo.markInterrupted(t0.plusSeconds(60)));
            var recent = repo.recent(10);
            assertEquals("b", recent.get(0).id());
            assertEquals(t0.plusSeconds(9), recent.get(0).endedAt());
            assertEquals(RunRecord.INTERRUPTED, repo.find("a").orElseThrow().status());
        }
    }
}
