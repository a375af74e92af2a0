package org.drillgrid.ui.api;

import org.drillgrid.ui.store.Database;

/**
 * {@link ApiTokensContract} on the PostgreSQL at {@code DRILLGRID_TEST_PG_URL}: skipped without it, failed
 * without it when {@code DRILLGRID_REQUIRE_POSTGRES=1}. That database is emptied first, as in
 * {@code SessionStoreTest}.
 */
class ApiTokensPostgresTest extends ApiTokensContract {

    @Override
    Database open() {
        return org.drillgrid.ui.store.TestPostgres.emptied().open();
    }
}
