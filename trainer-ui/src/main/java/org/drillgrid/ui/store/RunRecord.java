package org.drillgrid.ui.store;

import java.time.Instant;

/** A run as recorded in the database. {@code status} is a {@code RunStatus} name or {@code INTERRUPTED}. */
public record RunRecord(String id, String scenarioId, long seed, long until, String status, long simSeconds,
        Instant startedAt, Instant endedAt, String folder) {

    /** Status of runs that were live when the server stopped. */
    public static final String INTERRUPTED = "INTERRUPTED";
}
