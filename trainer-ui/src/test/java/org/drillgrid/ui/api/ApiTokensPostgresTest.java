package org.drillgrid.ui.api;

import org.drillgrid.ui.OutsideProgram;
import org.drillgrid.ui.store.Database;
import org.flywaydb.core.Flyway;

/**
 * {@link ApiTokensContract} on the PostgreSQL at {@code DRILLGRID_TEST_PG_URL}: skipped without it, failed
 * without it when {@code DRILLGRID_REQUIRE_POSTGRES=1}. That database is emptied first, as in
 * {@code SessionStoreTest}.
 */
class ApiTokensPostgresTest extends ApiTokensContract {

    @Override
    Database open() {
        String url = System.getenv("DRILLGRID_TEST_PG_URL");
        String user = System.getenv("DRILLGRID_TEST_PG_USER");
        String password = System.getenv("DRILLGRID_TEST_PG_PASSWORD");
        OutsideProgram.require(url != null && !url.isBlank(), "DRILLGRID_REQUIRE_POSTGRES",
                "PostgreSQL test needs DRILLGRID_TEST_PG_URL (e.g. jdbc:postgresql://localhost/drillgrid_test)");
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
        return Database.at(url, user, password);
    }
}
