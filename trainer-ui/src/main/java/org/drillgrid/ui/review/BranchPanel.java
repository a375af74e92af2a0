package org.drillgrid.ui.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.User;

/**
 * "What if from here": a new session of the same scenario and seed that takes the parent's inputs before
 * the replay's time and waits paused there, to be played on with other orders. Building it re-simulates up
 * to that time (seconds), so it runs in the background; then links to control and to review it appear.
 */
final class BranchPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final String sessionId;
    private final LongSupplier time;
    private final Consumer<String> created;
    private final Button branch = new Button();
    private final Paragraph message = new Paragraph();
    private final HorizontalLayout links = new HorizontalLayout();

    /**
     * @param time    the replay's time now
     * @param created told the new session's id
     */
    BranchPanel(String sessionId, LongSupplier time, Consumer<String> created) {
        this.sessionId = sessionId;
        this.time = time;
        this.created = created;
        branch.setText(getTranslation("review.branch"));
        branch.setId("review-branch");
        branch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        branch.addClickListener(e -> branch());
        message.setId("review-branch-message");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("review.branch.title")),
                new Paragraph(getTranslation("review.branch.help")), branch, message, links);
    }

    /** Starts building the branch at the replay's time. Package-private for tests. */
    void branch() {
        User user = CurrentUser.require(Role.REVIEWER, Role.CONTROLLER, Role.ADMIN);
        long t = time.getAsLong();
        links.removeAll();
        if (t <= 0) {
            message.setText(getTranslation("review.branch.atZero"));
            return;
        }
        UI ui = UI.getCurrent();
        branch.setEnabled(false);
        message.setText(getTranslation("review.branch.working", Scrubber.hm(t)));
        var sessions = AppServices.current().sessions();
        Background.run(ui, "branch", () -> sessions.branch(sessionId, t).session().id(), id -> {
            branch.setEnabled(true);
            message.setText(getTranslation("review.branch.done", Scrubber.hm(t)));
            if (user.role() != Role.REVIEWER) {
                links.add(link("review-branch-control", "review.branch.control", "control/" + id));
            }
            links.add(link("review-branch-review", "review.branch.review", "review/" + id));
            created.accept(id);
        }, e -> {
            branch.setEnabled(true);
            message.setText(getTranslation("review.branch.failed", e.getMessage()));
        });
    }

    private static Anchor link(String id, String key, String href) {
        Anchor a = new Anchor(href, "");
        a.setText(a.getTranslation(key));
        a.setId(id);
        return a;
    }

    boolean working() {
        return !branch.isEnabled();
    }

    String message() {
        return message.getText();
    }
}
