package org.drillgrid.ui.store;

import org.drillgrid.ui.OutsideProgram;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL server the tests may use: {@code DRILLGRID_TEST_PG_URL}, {@code DRILLGRID_TEST_PG_USER} and
 * {@code DRILLGRID_TEST_PG_PASSWORD}. Without a URL a test is skipped with the reason, failed instead when
 * {@code DRILLGRID_REQUIRE_POSTGRES=1} (as in CI). The database is emptied: point it at one kept for tests.
 */
public record TestPostgres(String url, String user, String password) {

    /** The server from the environment, its database emptied; skips (or fails) the test without one. */
    public static TestPostgres emptied() {
        TestPostgres pg = new TestPostgres(System.getenv("DRILLGRID_TEST_PG_URL"), System.getenv("DRILLGRID_TEST_PG_USER"),
                System.getenv("DRILLGRID_TEST_PG_PASSWORD"));
        OutsideProgram.require(pg.url != null && !pg.url.isBlank(), "DRILLGRID_REQUIRE_POSTGRES",
                "PostgreSQL test needs DRILLGRID_TEST_PG_URL (e.g. jdbc:postgresql://localhost/drillgrid_test)");
        Flyway.configure().dataSource(pg.url, pg.user, pg.password).cleanDisabled(false).load().clean();
        return pg;
    }

    public Database open() {
        return Database.at(url, user, password);
    }
}
