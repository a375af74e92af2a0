package org.drillgrid.ui.auth;

import java.util.Locale;

/** What a user of the web app is: the roles of docs/accounts.md. */
public enum Role {
    /** Manages users; may do everything. */
    ADMIN,
    /** Authors scenarios. */
    DESIGNER,
    /** Runs exercises and sees the truth. */
    CONTROLLER,
    /** Sits at a command-post position and sees only what is reported. */
    TRAINEE,
    /** Replays finished exercises and assesses them. */
    REVIEWER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a stored name, or null. */
    public static Role ofJson(String name) {
        for (Role r : values()) {
            if (r.json().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
