package org.drillgrid.ui;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program outside the build (Chromium, a PostgreSQL server): without it they skip
 * and say why, on the console and in the report; with {@code <VARIABLE>=1} set (as CI does) they fail.
 */
public final class OutsideProgram {

    private OutsideProgram() {
    }

    public static void require(boolean available, String mandatoryVariable, String reason) {
        if (available) {
            return;
        }
        if ("1".equals(System.getenv(mandatoryVariable))) {
            Assertions.fail(reason + "; " + mandatoryVariable + "=1 makes this test mandatory");
        }
        System.err.println("SKIPPED: " + reason + " (set " + mandatoryVariable + "=1 to make it fail instead)");
        Assumptions.abort(reason);
    }
}
