package org.drillgrid.ui.auth;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;

/**
 * Login with username and password (checked by {@link Accounts}: bcrypt, rate-limited). On success the
 * session id is renewed and the browser goes where it wanted to go, or to the exercises.
 */
@PublicView
@Route(value = "login", layout = MainLayout.class)
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final LoginForm form = new LoginForm();
    private String next = "";
    private String error;

    public LoginView() {
        setId("login-view");
        form.setI18n(i18n(getTranslation("login.wrong")));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(form);
    }

    /** The form's labels in the page's language, with the message shown after a failed login. */
    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failed"));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    /** The message of the last failed login, or null. */
    String error() {
        return error;
    }

    /** Checks the credentials; on success renews the session and goes on. Package-private for tests. */
    void login(String username, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        Accounts.Login result = AppServices.current().accounts().login(username, password, address);
        if (!result.ok()) {
            error = result.busy() ? getTranslation("login.busy", result.retryAfterSeconds())
                    : result.retryAfterSeconds() > 0
                    ? getTranslation("login.locked", result.retryAfterSeconds()) : getTranslation("login.wrong");
            form.setI18n(i18n(error));
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        if (request != null && request.getWrappedSession(false) != null) {
            VaadinService.reinitializeSession(request); // a new session id: no fixation
        }
        CurrentUser.set(VaadinSession.getCurrent(), result.user());
        // a new page, not an in-app navigation: the frame is built again with the user's menu
        String target = safeNext(next);
        getUI().ifPresent(ui -> ui.getPage().setLocation(target.isEmpty() ? "." : target));
    }

    /**
     * Only a path inside the app, never another site or a script: lower-case route segments and an
     * optional query of plain characters, nothing that a browser could read as a scheme or a host.
     * Package-private for tests.
     */
    static String safeNext(String wanted) {
        if (wanted == null || !SAFE_NEXT.matcher(wanted).matches() || wanted.startsWith("login")) {
            return "";
        }
        return wanted;
    }

    private static final java.util.regex.Pattern SAFE_NEXT = java.util.regex.Pattern.compile(
            "[a-z][a-z0-9_-]*(/[A-Za-z0-9_-]+)*(\\?[A-Za-z0-9=&%._-]*)?");

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> n = event.getLocation().getQueryParameters().getParameters().get("next");
        next = n == null || n.isEmpty() ? "" : n.get(0);
        if (CurrentUser.get().isPresent()) {
            event.forwardTo(safeNext(next));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Drillgrid";
    }
}
