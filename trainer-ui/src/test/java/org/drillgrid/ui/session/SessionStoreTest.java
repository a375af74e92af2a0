package org.drillgrid.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.drillgrid.ui.session.SessionStore.EventRow;
import org.drillgrid.ui.session.SessionStore.InputRow;
import org.drillgrid.ui.session.SessionStore.SessionRow;
import org.drillgrid.ui.session.SessionStore.TokenRow;
import org.drillgrid.ui.store.Database;
import org.drillgrid.ui.store.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session tables, the same contract on embedded H2 and on PostgreSQL. The PostgreSQL run needs a
 * server at {@code DRILLGRID_TEST_PG_URL} (with {@code DRILLGRID_TEST_PG_USER}/{@code _PASSWORD}): without
 * one it is skipped with the reason, failed instead when {@code DRILLGRID_REQUIRE_POSTGRES=1}. That
 * database is emptied before each test: point it at a database kept for tests.
 */
class SessionStoreTest {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStoreTest.class);
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Nested
    class OnH2 extends Contract {

        @TempDir
        Path dir;

        @Override
        void prepare() {
        }

        @Override
        Database open() {
            return Database.embedded(dir);
        }

        @Override
        List<String> connectionArgs() {
            return List.of("h2", dir.toString());
        }
    }

    @Nested
    class OnPostgres extends Contract {

        private org.drillgrid.ui.store.TestPostgres pg;

        @Override
        void prepare() {
            pg = org.drillgrid.ui.store.TestPostgres.emptied();
        }

        @Override
        Database open() {
            return pg.open();
        }

        @Override
        List<String> connectionArgs() {
            return List.of("postgres", pg.url(), pg.user(), pg.password());
        }
    }

    /** What the store promises on every database. */
    abstract static class Contract {

        private Database db;
        private SessionStore store;

        /** Skips or fails without the database; empties it. */
        abstract void prepare();

        abstract Database open();

        /** How {@link KilledWriter} reaches the same database. */
        abstract List<String> connectionArgs();

        @BeforeEach
        void openEmptyDatabase() {
            prepare();
            reopen();
        }

        @AfterEach
        void close() throws Exception {
            if (db != null) {
                db.close();
                db = null;
            }
        }

        @Test
        void sessionsAreFoundListedActiveOldestFirstAndRecentNewestFirst() {
            store.create(session("a", "RUNNING", T0));
            store.create(session("b", "FINISHED", T0.plusSeconds(10)));
            store.create(session("c", "PAUSED", T0.plusSeconds(20)));
            store.create(new SessionRow("d", "xinzheng-720-rainstorm", 42, 86_400, "a", 3600L, "CREATED", 3600, 1.0,
                    T0.plusSeconds(30), T0.plusSeconds(30), null));

            SessionRow a = store.find("a").orElseThrow();
            assertEquals(session("a", "RUNNING", T0), a, "every column round-trips");
            SessionRow d = store.find("d").orElseThrow();
            assertEquals("a", d.parentId());
            assertEquals(3600L, d.branchAt());
            assertEquals(null, d.name());
            assertTrue(store.find("missing").isEmpty());

            assertEquals(List.of("a", "c"), store.active().stream().map(SessionRow::id).toList());
            assertEquals(List.of("d", "c"), store.recent(2).stream().map(SessionRow::id).toList());
            assertEquals(4, store.recent(10).size());
            assertTrue(store.recent(0).isEmpty());
        }

        @Test
        void timestampsAreUtcInstantsKeptToTheMicrosecond() {
            Instant precise = T0.plusNanos(123_456_789);
            store.create(session("a", "RUNNING", precise));
            assertEquals(T0.plusNanos(123_456_000), store.find("a").orElseThrow().createdAt());
        }

        @Test
        void progressUpdatesStatusTimeSpeedAndUpdatedAt() {
            store.create(session("a", "CREATED", T0));
            Instant later = T0.plusSeconds(95);
            new SessionStore(db.dataSource(), Clock.fixed(later, ZoneOffset.UTC)).updateProgress("a", "RUNNING", 1800, 4.0);

            SessionRow a = store.find("a").orElseThrow();
            assertEquals("RUNNING", a.status());
            assertEquals(1800, a.simSeconds());
            assertEquals(4.0, a.speed());
            assertEquals(later, a.updatedAt());
            assertEquals(T0, a.createdAt(), "creation time unchanged");
            StorageException e = assertThrows(StorageException.class, () -> store.updateProgress("nope", "RUNNING", 1, 1));
            assertTrue(e.getMessage().contains("nope"), e.getMessage());
        }

        @Test
        void inputsComeBackInSeqOrderAfterARestart() {
            store.create(session("a", "RUNNING", T0));
            assertEquals(1, store.nextInputSeq("a"));
            store.appendInput("a", input(2, 600, "control", null, "{\"pause\":true}"));
            store.appendInput("a", input(1, 300, "order", "commander", "{\"evacuate\":\"zone-3\"}"));
            store.appendInput("a", input(3, 900, "rating", "observer-1", "{\"score\":4}"));
            assertEquals(4, store.nextInputSeq("a"));

            reopen();

            List<InputRow> inputs = store.inputs("a");
            assertEquals(List.of(1, 2, 3), inputs.stream().map(InputRow::seq).toList());
            assertEquals(input(1, 300, "order", "commander", "{\"evacuate\":\"zone-3\"}"), inputs.get(0));
            assertEquals(null, inputs.get(1).role());
            assertEquals(4, store.nextInputSeq("a"));
            assertTrue(store.inputs("other").isEmpty());
        }

        @Test
        void aTakenInputSeqIsRefusedAndTheFirstInputKept() {
            store.create(session("a", "RUNNING", T0));
            store.appendInput("a", input(1, 300, "order", "commander", "first"));
            StorageException e = assertThrows(StorageException.class,
                    () -> store.appendInput("a", input(1, 310, "order", "commander", "second")));
            assertTrue(e.getMessage().contains("input 1") && e.getMessage().contains("session a"), e.getMessage());
            assertEquals(List.of("first"), store.inputs("a").stream().map(InputRow::body).toList());
        }

        @Test
        void rowsForAnUnknownSessionAreRefused() {
            StorageException e = assertThrows(StorageException.class,
                    () -> store.appendInput("ghost", input(1, 0, "order", "commander", "{}")));
            assertTrue(e.getMessage().contains("ghost"), e.getMessage());
            assertThrows(StorageException.class, () -> store.appendEvents("ghost", events(1, 3)));
            assertThrows(StorageException.class, () -> store.saveCheckpoint("ghost", 0, new byte[] {1}));
            assertThrows(StorageException.class,
                    () -> store.saveToken(new TokenRow("h", "ghost", "commander", "trainee", T0)));
        }

        @Test
        void anInputKindOutsideTheListIsRefused() {
            store.create(session("a", "RUNNING", T0));
            assertThrows(StorageException.class, () -> store.appendInput("a", input(1, 0, "gossip", null, "{}")));
        }

        @Test
        void aSixtyFourKilobyteOrderRoundTrips() {
            store.create(session("a", "RUNNING", T0));
            String text = "撤离郑州京广路隧道 evacuate ".repeat(4096).substring(0, 65_536);
            store.appendInput("a", input(1, 60, "order", "commander", text));
            store.appendEvents("a", List.of(new EventRow(1, 60, "OrderReceived", text)));
            assertEquals(text, store.inputs("a").get(0).body());
            assertEquals(text, store.lastEvent("a").orElseThrow().body());
        }

        @Test
        void eventsAreReadBySeqUpToATimeInPages() {
            store.create(session("a", "RUNNING", T0));
            store.create(session("b", "RUNNING", T0));
            assertEquals(0, store.eventCount("a"));
            assertTrue(store.lastEvent("a").isEmpty());
            store.appendEvents("a", events(1, 50));     // seq 1..50, t = 10 * seq
            store.appendEvents("a", events(51, 100));
            store.appendEvents("b", events(1, 5));
            store.appendEvents("a", List.of());

            assertEquals(100, store.eventCount("a"));
            assertEquals(new EventRow(100, 1000, "Tick", "{\"n\":100}"), store.lastEvent("a").orElseThrow());
            assertEquals(seqs(1, 10), seqOf(store.events("a", 0, Long.MAX_VALUE, 10)));
            assertEquals(seqs(11, 20), seqOf(store.events("a", 10, Long.MAX_VALUE, 10)));
            assertEquals(seqs(96, 100), seqOf(store.events("a", 95, Long.MAX_VALUE, 10)), "short last page");
            assertEquals(seqs(41, 45), seqOf(store.events("a", 40, 455, 10)), "nothing after maxT, maxT inclusive");
            assertTrue(store.events("a", 100, Long.MAX_VALUE, 10).isEmpty());
            assertEquals(new EventRow(3, 30, "Tick", "{\"n\":3}"), store.events("a", 2, 30, 5).get(0));
            assertEquals(5, store.eventCount("b"), "sessions do not see each other's events");
        }

        @Test
        void anEventBatchIsOneTransaction() {
            store.create(session("a", "RUNNING", T0));
            store.appendEvents("a", events(1, 10));
            List<EventRow> overlapping = events(11, 2500);
            overlapping.add(new EventRow(5, 50, "Tick", "again"));
            assertThrows(StorageException.class, () -> store.appendEvents("a", overlapping));
            assertEquals(10, store.eventCount("a"), "nothing of the failed batch stored");
        }

        @Test
        void tenThousandEventsGoInOneBatch() {
            store.create(session("a", "RUNNING", T0));
            List<EventRow> batch = new ArrayList<>();
            for (int i = 1; i <= 10_000; i++) {
                batch.add(new EventRow(i, i / 4, "FloodCellWet", "{\"cell\":[" + i % 512 + "," + i / 512
                        + "],\"depthMm\":" + i % 1700 + ",\"note\":\"water reached the cell\"}"));
            }
            long start = System.nanoTime();
            store.appendEvents("a", batch);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            LOG.info("{}: appended 10000 events in {} ms", getClass().getSimpleName(), ms);
            assertEquals(10_000, store.eventCount("a"));
            assertEquals(batch.get(9_999), store.lastEvent("a").orElseThrow());
        }

        @Test
        void theCheckpointAtOrBeforeATimeIsTheLatestSuchAndASecondSaveReplaces() {
            store.create(session("a", "RUNNING", T0));
            store.saveCheckpoint("a", 600, new byte[] {1, 2});
            store.saveCheckpoint("a", 1200, new byte[] {3, 4});
            byte[] big = new byte[512 * 512 * 2];
            IntStream.range(0, big.length).forEach(i -> big[i] = (byte) (i * 31));
            store.saveCheckpoint("a", 1800, big);

            assertTrue(store.checkpointAtOrBefore("a", 599).isEmpty(), "none before the first");
            assertEquals(600, store.checkpointAtOrBefore("a", 600).orElseThrow().t());
            assertEquals(600, store.checkpointAtOrBefore("a", 1199).orElseThrow().t());
            assertArrayEquals(new byte[] {3, 4}, store.checkpointAtOrBefore("a", 1799).orElseThrow().depthMm());
            assertArrayEquals(big, store.checkpointAtOrBefore("a", 99_999).orElseThrow().depthMm());

            store.saveCheckpoint("a", 1200, new byte[] {9});
            assertArrayEquals(new byte[] {9}, store.checkpointAtOrBefore("a", 1200).orElseThrow().depthMm());
        }

        @Test
        void tokensAreFoundByHash() {
            store.create(session("a", "RUNNING", T0));
            TokenRow admin = new TokenRow("9f".repeat(32), null, null, "admin", T0);
            TokenRow trainee = new TokenRow("ab".repeat(32), "a", "commander", "trainee", T0.plusSeconds(1));
            store.saveToken(admin);
            store.saveToken(trainee);

            assertEquals(admin, store.token("9f".repeat(32)).orElseThrow());
            assertEquals(trainee, store.token("ab".repeat(32)).orElseThrow());
            assertTrue(store.token("cd".repeat(32)).isEmpty());
            assertThrows(StorageException.class, () -> store.saveToken(trainee), "a hash is stored once");
            assertThrows(StorageException.class,
                    () -> store.saveToken(new TokenRow("ef".repeat(32), "a", "x", "superuser", T0)));
        }

        /** The promise the API makes: an input acknowledged before a kill -9 is there after the restart. */
        @Test
        void acknowledgedInputsSurviveAKilledProcess() throws Exception {
            store.create(session("a", "RUNNING", T0));
            db.close();
            db = null;
            int count = 40;
            List<String> args = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), KilledWriter.class.getName(), String.valueOf(count)));
            args.addAll(connectionArgs());
            Process child = new ProcessBuilder(args).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(output::add);
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "writer process did not end");
            assertEquals(KilledWriter.HALT_STATUS, child.exitValue(), String.join("\n", output));
            assertTrue(output.contains("acknowledged " + count), String.join("\n", output));

            reopen();
            assertEquals(count, store.inputs("a").size(), "inputs acknowledged before the kill");
        }

        /** Closes and opens the database again, as a server restart does. */
        private void reopen() {
            try {
                close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            db = open();
            store = new SessionStore(db.dataSource());
        }
    }

    private static SessionRow session(String id, String status, Instant created) {
        return new SessionRow(id, "xinzheng-720-rainstorm", 42, 86_400, null, null, status, 0, 2.5, created,
                created, "Drill " + id);
    }

    private static InputRow input(int seq, long t, String kind, String role, String body) {
        return new InputRow(seq, t, kind, role, body, T0.plusSeconds(seq));
    }

    /** Events seq from..to, at t = 10 * seq. */
    private static List<EventRow> events(int from, int to) {
        List<EventRow> out = new ArrayList<>();
        for (int seq = from; seq <= to; seq++) {
            out.add(new EventRow(seq, 10L * seq, "Tick", "{\"n\":" + seq + "}"));
        }
        return out;
    }

    private static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Long> seqOf(List<EventRow> events) {
        return events.stream().map(EventRow::seq).toList();
    }

    /** Appends inputs to session "a", then dies the way kill -9 does: no shutdown hooks, no close. */
    static final class KilledWriter {
        static final int HALT_STATUS = 137;

        public static void main(String[] args) throws Exception {
            int count = Integer.parseInt(args[0]);
            Database db = args[1].equals("h2") ? Database.embedded(Path.of(args[2]))
                    : Database.at(args[2], args[3], args[4]);
            SessionStore store = new SessionStore(db); // as the server has it: with the embedded database's journal
            for (int seq = 1; seq <= count; seq++) {
                store.appendInput("a", input(seq, seq * 10L, "order", "commander", "{\"n\":" + seq + "}"));
            }
            System.out.println("acknowledged " + count);
            System.out.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
