package org.drillgrid.ui.auth;

import java.time.Instant;

/** A user account; {@code position} is the command-post position of a trainee (null for other roles). */
public record User(String id, String username, Role role, String position, boolean disabled, Instant createdAt) {
}
