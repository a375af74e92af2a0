package org.drillgrid.ui.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A commit of a session input that is on disk when the input is acknowledged, on both databases the server
 * runs on (docs/api.md, "Durability"):
 * <ul>
 * <li>PostgreSQL: the transaction sets {@code synchronous_commit} on for itself ({@code SET LOCAL}), so
 * its commit returns only after its WAL record is flushed to disk, whatever the server's default (with
 * the server's {@code fsync} on, which {@link Database} checks at start).</li>
 * <li>Embedded H2 2.x: the commit is followed by an append to the {@link InputJournal}, forced to the
 * device, because H2 may not find its newest commits after a killed process.</li>
 * </ul>
 * Derived rows (events, progress, checkpoints) are committed normally: they are made again from the inputs.
 */
public final class DurableCommit {

    private DurableCommit() {
    }

    /**
     * Call right after {@code setAutoCommit(false)}, before the work of the transaction; its plain
     * {@code commit()} is then on disk when it returns (on PostgreSQL; on H2 see {@link InputJournal}).
     */
    public static void begin(Connection c) throws SQLException {
        if (product(c).contains("postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit TO on");
            }
        }
    }

    private static String product(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
}
