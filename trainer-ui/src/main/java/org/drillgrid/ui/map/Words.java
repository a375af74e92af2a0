package org.drillgrid.ui.map;

/** The translations a map needs: a key with its arguments, in the user's language. */
@FunctionalInterface
public interface Words {

    String get(String key, Object... args);
}
