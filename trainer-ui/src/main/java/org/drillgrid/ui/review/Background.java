package org.drillgrid.ui.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long work of the review view (a branch re-simulated to its time, scorecards and reports made again from
 * the inputs) on a thread of its own, so the request thread and every other user go on; the outcome comes
 * back to the page by server push. Re-simulations for exports and reports are limited to one at a time by
 * the session service (it answers {@code Busy}), so these threads stay few. A page closed meanwhile just
 * drops the outcome.
 */
final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private Background() {
    }

    static <T> void run(UI ui, String what, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Thread thread = new Thread(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (!(e instanceof org.drillgrid.ui.session.SessionService.Busy)) {
                    LOG.warn("review: {} failed", what, e);
                }
                deliver(ui, () -> failed.accept(e));
                return;
            }
            deliver(ui, () -> done.accept(result));
        }, "drillgrid-review-" + what);
        thread.setDaemon(true);
        thread.start();
    }

    private static void deliver(UI ui, Runnable update) {
        try {
            ui.access(update::run);
        } catch (UIDetachedException e) {
            LOG.debug("review page closed before its work was done");
        }
    }
}
