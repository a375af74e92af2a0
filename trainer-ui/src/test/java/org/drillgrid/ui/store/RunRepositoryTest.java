package org.drillgrid.ui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void runsSurviveARestartOfTheEmbeddedDatabaseAndLiveOnesBecomeInterrupted() throws Exception {
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        try (Database db = Database.embedded(dir)) {
            RunRepository repo = new RunRepository(db.dataSource());
            repo.insert(new RunRecord("a", "xinzheng-720-rainstorm", 42, 86_400, "RUNNING", 0, t0, null, "runs/a"));
            repo.insert(new RunRecord("b", "xinyang-huaihe-flood", 7, 3600, "RUNNING", 0, t0.plusSeconds(5), null,
                    "runs/b"));
            repo.updateStatus("b", "FINISHED", 3600, t0.plusSeconds(9));
        }
        try (Database db = Database.embedded(dir)) {
            RunRepository repo = new RunRepository(db.dataSource());
            assertEquals(1, repo.markInterrupted(t0.plusSeconds(60)), "only the run without an end");
            var recent = repo.recent(10);
            assertEquals("b", recent.get(0).id(), "newest first");
            assertEquals("FINISHED", recent.get(0).status());
            assertEquals(3600, recent.get(0).simSeconds());
            assertEquals(RunRecord.INTERRUPTED, repo.find("a").orElseThrow().status());
            assertEquals(42, repo.find("a").orElseThrow().seed());
            assertNull(repo.find("missing").orElse(null));
        }
    }
}
