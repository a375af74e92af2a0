package org.drillgrid.ui.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application database: embedded H2 in the data folder by default, or any JDBC URL (PostgreSQL in
 * production). The schema comes from the Flyway migrations in {@code db/migration}, run at start.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    private final AutoCloseable closer;

    private Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /** The embedded H2 database file {@code <dataDir>/drillgrid.mv.db}. */
    public static Database embedded(Path dataDir) {
        // WRITE_DELAY=0: a commit is on disk when it returns, so a killed server loses nothing it acknowledged
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("drillgrid") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "drillgrid", "");
        return migrated(pool, pool::dispose);
    }

    /** A database at a JDBC URL (for example {@code jdbc:postgresql://localhost/drillgrid}). */
    public static Database at(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return migrated(pg, () -> { });
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        return migrated(pool, pool::dispose);
    }

    private static Database migrated(DataSource ds, AutoCloseable closer) {
        var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LOG.info("database schema at version {} ({} migrations applied now)", result.targetSchemaVersion,
                result.migrationsExecuted);
        return new Database(ds, closer);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
