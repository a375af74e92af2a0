package org.drillgrid.ui.design;

import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The drafts with unsaved edits of one browser session, by scenario id, so that a page built anew (a
 * language switch reloads the page; a designer who leaves and comes back) opens the draft where it was
 * instead of the library version. A draft goes when it is saved or its edits are discarded, or when it
 * no longer starts from the library's latest version (someone else saved meanwhile: the library wins,
 * and the page says so). Held in the Vaadin session, under its lock.
 */
final class DraftShelf {

    private static final String KEY = DraftShelf.class.getName();
    private final Map<String, Draft> drafts = new HashMap<>();

    private DraftShelf() {
    }

    /** The shelf of the current session. */
    static DraftShelf current() {
        VaadinSession session = VaadinSession.getCurrent();
        DraftShelf shelf = (DraftShelf) session.getAttribute(KEY);
        if (shelf == null) {
            shelf = new DraftShelf();
            session.setAttribute(KEY, shelf);
        }
        return shelf;
    }

    /** The kept draft of a scenario, if it has unsaved edits and starts from {@code latestVersion}. */
    Optional<Draft> find(String id, int latestVersion) {
        Draft d = drafts.get(id);
        if (d == null || !d.dirty()) {
            drafts.remove(id);
            return Optional.empty();
        }
        if (d.baseVersion() == null || d.baseVersion() != latestVersion) {
            drafts.remove(id);
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** Whether a draft of this id was dropped because the library moved on since its version. */
    boolean stale(String id, int latestVersion) {
        Draft d = drafts.get(id);
        return d != null && d.dirty() && d.baseVersion() != null && d.baseVersion() != latestVersion;
    }

    void keep(String id, Draft draft) {
        drafts.put(id, draft);
    }

    void drop(String id) {
        drafts.remove(id);
    }
}
