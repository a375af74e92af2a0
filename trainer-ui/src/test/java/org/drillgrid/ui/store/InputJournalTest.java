package org.drillgrid.ui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.drillgrid.ui.session.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's input journal: what H2 lost in a crash comes back from it at the next open, in
 * the same seq with the same body; a torn last line (the process died while writing it, so the input was
 * never acknowledged) is dropped; a clean close empties it.
 */
class InputJournalTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void inputsMissingFromTheDatabaseArePutBackFromTheJournalAtTheNextOpen() throws Exception {
        Path journal = dir.resolve(Database.JOURNAL_FILE);
        Path saved = dir.resolve("journal-at-the-crash");
        String awkward = "{\"note\":\"tab\\there, line\\nbreak, back\\\\slash\", \"zh\":\"撤离\"}\t\\0";
        try (Database db = Database.embedded(dir)) {
            SessionStore store = new SessionStore(db);
            store.create(new SessionStore.SessionRow("a", "xinzheng-720-rainstorm", 42, 86_400, null, null, "RUNNING",
                    0, 60, T0, T0, null));
            store.appendNext("a", 60, "order", "dispatch", "{\"n\":1}", T0);
            store.appendNext("a", 120, "rating", null, awkward, T0.plusSeconds(1));
            store.appendNext("a", 180, "control", "controller", "{\"n\":3}", T0.plusSeconds(2));
            // what the journal holds when the process is killed now
            Files.copy(journal, saved, StandardCopyOption.REPLACE_EXISTING);
            // what H2 may lose in that crash: its newest commits
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM session_input WHERE seq >= 2");
            }
        }
        assertEquals(0, Files.size(journal), "a clean close empties the journal");
        Files.copy(saved, journal, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(journal, "a\t4\t240\torder\tdispatch\t{\"n\":4}\t2026-12-07T08:00:03Z\t1234",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND); // torn: no end of line

        try (Database db = Database.embedded(dir)) {
            List<SessionStore.InputRow> inputs = new SessionStore(db).inputs("a");
            assertEquals(List.of(1, 2, 3), inputs.stream().map(SessionStore.InputRow::seq).toList());
            assertEquals(awkward, inputs.get(1).body());
            assertEquals(null, inputs.get(1).role());
            assertEquals(T0.plusSeconds(1), inputs.get(1).receivedAt());
            assertEquals("control", inputs.get(2).kind());
            assertEquals(0, Files.size(journal), "put back and closed cleanly once, the journal starts empty");
            assertEquals(4, new SessionStore(db).appendNext("a", 300, "order", "dispatch", "{}", T0).seq(),
                    "the next input takes the seq after the ones put back");
        }
    }

    @Test
    void aDamagedLineEndsWhatIsReadAndADatabaseRowIsNeverOverwritten() throws Exception {
        Path journal = dir.resolve(Database.JOURNAL_FILE);
        try (Database db = Database.embedded(dir)) {
            SessionStore store = new SessionStore(db);
            store.create(new SessionStore.SessionRow("a", "xinzheng-720-rainstorm", 42, 86_400, null, null, "RUNNING",
                    0, 60, T0, T0, null));
            store.appendNext("a", 60, "order", "dispatch", "{\"n\":1}", T0);
        }
        java.time.OffsetDateTime at = T0.atOffset(java.time.ZoneOffset.UTC);
        try (InputJournal j = new InputJournal(journal)) {
            j.append(new InputJournal.Entry("a", 1, 60, "order", "dispatch", "{\"n\":\"other\"}", at));
        }
        Files.writeString(journal, "a\t2\t60\torder\tdispatch\t{\"n\":2}\t2026-12-07T08:00Z\tdeadbeef\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (InputJournal j = new InputJournal(journal)) {
            j.append(new InputJournal.Entry("a", 3, 60, "order", "dispatch", "{\"n\":3}", at));
        }
        assertEquals(1, InputJournal.read(journal).size(), "a line whose CRC fails ends the journal");
        try (Database db = Database.embedded(dir)) {
            List<SessionStore.InputRow> inputs = new SessionStore(db).inputs("a");
            assertEquals(List.of("{\"n\":1}"), inputs.stream().map(SessionStore.InputRow::body).toList());
        }
    }
}
