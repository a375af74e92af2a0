package org.drillgrid.ui.review;

import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.User;
import org.drillgrid.ui.session.SessionStore.SessionRow;

/**
 * Who may review which exercise session (docs/accounts.md): reviewers, controllers and admins any; a trainee
 * only a finished exercise they had a seat in, to read its replay and after-action report (not to branch or
 * compare it).
 */
final class ReviewAccess {

    /** The roles the review page lets in, before the session is known. */
    static final Role[] ROLES = {Role.REVIEWER, Role.CONTROLLER, Role.ADMIN, Role.TRAINEE};

    private ReviewAccess() {
    }

    static boolean allows(User user, SessionRow row) {
        if (user.role() != Role.TRAINEE) {
            return java.util.Arrays.asList(ROLES).contains(user.role());
        }
        return row != null && RunStatus.FINISHED.name().equals(row.status())
                && AppServices.current().roster().position(row.id(), user.id()).isPresent();
    }

    /** Checks on the server, before an action on a session, that the current user may review it. */
    static User require(String sessionId) {
        User user = CurrentUser.require(ROLES);
        if (user.role() == Role.TRAINEE && !allows(user, AppServices.current().sessions().store().find(sessionId)
                .orElse(null))) {
            throw new SecurityException("a trainee reviews only the finished exercises they sat in");
        }
        return user;
    }
}
