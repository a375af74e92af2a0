package org.drillgrid.ui.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view. A route without it (and without {@link PublicView}) is open to nobody:
 * {@link AccessControl} checks every navigation on the server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Allowed {
    Role[] value();
}
