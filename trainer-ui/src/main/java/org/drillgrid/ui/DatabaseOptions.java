package org.drillgrid.ui;

import java.nio.file.Path;
import org.drillgrid.ui.store.Database;
import picocli.CommandLine.Option;

/**
 * Where the server's data lives, shared by {@code serve} and {@code sessions} (a picocli mixin): the data
 * folder with the embedded H2 database, or a JDBC URL (PostgreSQL in production).
 */
final class DatabaseOptions {

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "data folder: embedded database and run outputs (default: ./${DEFAULT-VALUE})")
    Path data;

    @Option(names = {"--db-url", "--db"}, paramLabel = "JDBC-URL", defaultValue = "${env:DRILLGRID_DB_URL}",
            description = "database instead of the embedded H2, e.g. jdbc:postgresql://localhost/drillgrid "
                    + "(env DRILLGRID_DB_URL)")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:DRILLGRID_DB_USER}", description = "database user")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:DRILLGRID_DB_PASSWORD}",
            description = "database password (prefer env DRILLGRID_DB_PASSWORD)")
    String dbPassword;

    boolean embedded() {
        return dbUrl == null || dbUrl.isBlank();
    }

    /** The database at {@code --db-url}, or null for the embedded one in {@code --data}. */
    Database external() {
        return embedded() ? null : Database.at(dbUrl, dbUser, dbPassword);
    }

    /** The database: at {@code --db-url}, else the embedded one in {@code --data}. */
    Database open() {
        return embedded() ? Database.embedded(data) : external();
    }
}
