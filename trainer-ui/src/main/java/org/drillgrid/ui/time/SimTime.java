package org.drillgrid.ui.time;

import java.util.Locale;

/** How the UI writes sim time: hours:minutes:seconds since the scenario start (hours may pass 24). */
public final class SimTime {

    private SimTime() {
    }

    public static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    /** Reads "h:mm", "h:mm:ss" or plain minutes ("90") as sim seconds; null when it is none of these. */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = text.strip().split(":");
        try {
            if (p.length == 1) {
                return Long.parseLong(p[0]) * 60;
            }
            if (p.length > 3) {
                return null;
            }
            long h = Long.parseLong(p[0]);
            long m = Long.parseLong(p[1]);
            long s = p.length == 3 ? Long.parseLong(p[2]) : 0;
            if (h < 0 || m < 0 || m > 59 || s < 0 || s > 59) {
                return null;
            }
            return h * 3600 + m * 60 + s;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
