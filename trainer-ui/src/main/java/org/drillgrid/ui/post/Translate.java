package org.drillgrid.ui.post;

/** Translations of the command post's parts, in the UI's language (the view's {@code getTranslation}). */
interface Translate {

    String text(String key, Object... params);

    /** The translation, or {@code fallback} for a value the translations do not know (an API client's). */
    default String or(String key, String fallback) {
        String s = text(key);
        return s == null || s.isEmpty() || s.startsWith("!") ? (fallback == null ? "" : fallback) : s;
    }
}
