package org.drillgrid.ui.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application database: embedded H2 in the data folder by default, or any JDBC URL (PostgreSQL in
 * production). The schema comes from the Flyway migrations in {@code db/migration}, run at start. What makes
 * an acknowledged input durable on each is in {@link DurableCommit} and {@link InputJournal}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final InputJournal journal;

    private Database(DataSource dataSource, AutoCloseable closer, InputJournal journal) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.journal = journal;
    }

    /** File of the embedded database's input journal, beside {@code drillgrid.mv.db}. */
    public static final String JOURNAL_FILE = "drillgrid-inputs.journal";

    /**
     * The embedded H2 database file {@code <dataDir>/drillgrid.mv.db}, with its {@link InputJournal}: inputs a
     * crash took from the database are put back from the journal before this returns.
     */
    public static Database embedded(Path dataDir) {
        // WRITE_DELAY=0: every commit writes its chunk to the file before it returns.
        // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database while the server's hook still
        // saves the live sessions; the server closes it last (DrillgridServer.close).
        Path base = dataDir.toAbsolutePath().resolve("drillgrid");
        String url = "jdbc:h2:file:" + base + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Path journalFile = dataDir.toAbsolutePath().resolve(JOURNAL_FILE);
        Path marker = dataDir.toAbsolutePath().resolve(OPEN_MARKER);
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        try {
            if (java.nio.file.Files.exists(marker) && java.nio.file.Files.exists(file)) {
                findNewestCommits(file);
            }
            java.nio.file.Files.writeString(marker, "the database is open; absent after a clean close\n");
        } catch (java.io.IOException | RuntimeException e) {
            throw new StorageException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "drillgrid", "");
        try {
            migrate(pool);
            if (java.nio.file.Files.exists(journalFile) && java.nio.file.Files.size(journalFile) > 0) {
                int restored = InputJournal.restore(journalFile, pool);
                LOG.info("input journal read: {} inputs put back into the database", restored);
                // closed cleanly, the database finds all it holds at the next open: the journal can go
                shutdown(pool, base);
                pool = JdbcConnectionPool.create(url, "drillgrid", "");
            }
            InputJournal journal = new InputJournal(journalFile);
            journal.clear();
            JdbcConnectionPool open = pool;
            return new Database(open, () -> {
                shutdown(open, base);
                journal.clear();
                journal.close();
                java.nio.file.Files.deleteIfExists(marker);
            }, journal);
        } catch (java.io.IOException | java.sql.SQLException e) {
            pool.dispose();
            throw new StorageException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** File (in the data folder) present while a server has the embedded database open. */
    public static final String OPEN_MARKER = "drillgrid.open";

    /**
     * After a crash (the database was not closed cleanly), makes H2 find its newest commits. H2 2.x, opening a
     * file after a killed process, looks for its newest chunk by following predicted positions from the file
     * header; a chunk written where no prediction pointed (space is reused after 45 s) is not found, and every
     * commit since is silently gone (seen here: a session's token, its start and ten inputs, 16 s of work).
     * Opened by itself in recovery mode, the store scans the whole file for chunks and takes the newest
     * complete set; closed again (without compacting), it writes a header naming that chunk, which H2 then
     * opens as usual. Costs one read of the file.
     */
    private static void findNewestCommits(Path file) {
        long start = System.nanoTime();
        org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder().fileName(file.toString())
                .recoveryMode().autoCommitDisabled().open();
        long version = store.getCurrentVersion();
        store.close();
        LOG.warn("the database was not closed cleanly: its newest commits were looked for in the whole file"
                + " (version {}, {} ms)", version, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Closes the embedded database cleanly (its header then names its newest chunk) and forces its file to the
     * device, so that what it holds no longer depends on the journal.
     */
    private static void shutdown(JdbcConnectionPool pool, Path base) throws java.sql.SQLException, java.io.IOException {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } finally {
            pool.dispose();
        }
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** A database at a JDBC URL (for example {@code jdbc:postgresql://localhost/drillgrid}). */
    public static Database at(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            warnIfNotDurable(pg);
            migrate(pg);
            return new Database(pg, () -> { }, null);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        migrate(pool);
        return new Database(pool, pool::dispose, null);
    }

    private static void migrate(DataSource ds) {
        var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LOG.info("database schema at version {} ({} migrations applied now)", result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /** The journal inputs go to before they are acknowledged: the embedded database's; none for a server database. */
    public java.util.Optional<InputJournal> inputJournal() {
        return java.util.Optional.ofNullable(journal);
    }

    /**
     * A PostgreSQL server with {@code fsync} off acknowledges commits it may lose in an OS crash or power
     * loss: the inputs' {@code synchronous_commit} cannot help there, so say so at start.
     */
    private static void warnIfNotDurable(DataSource ds) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SHOW fsync")) {
            if (rs.next() && !"on".equalsIgnoreCase(rs.getString(1))) {
                LOG.warn("PostgreSQL runs with fsync={}: an acknowledged input survives a crash of Drillgrid but not"
                        + " one of the operating system or a power loss (docs/api.md)", rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new StorageException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
