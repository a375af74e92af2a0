package org.drillgrid.ui.api;

import org.drillgrid.ui.store.Database;

/** {@link ApiTokensContract} on the embedded H2 database. */
class ApiTokensTest extends ApiTokensContract {

    @Override
    Database open() {
        return Database.embedded(dir);
    }
}
