package org.drillgrid.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.drillgrid.ui.auth.AccessControl;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.User;
import org.drillgrid.ui.auth.UsersView;
import org.drillgrid.ui.lobby.LobbyView;
import org.drillgrid.ui.scenario.ScenarioListView;

/** The frame of every page: title, the navigation the user's role may use, who is logged in, the language switch. */
public final class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("language.label"));
        language.setItems(Language.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Language.SUPPORTED.contains(getLocale()) ? getLocale() : Language.CHINESE);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Language.choose(e.getSource().getUI().orElseThrow(), e.getValue());
            }
        });
        language.setWidth("8em");

        HorizontalLayout nav = new HorizontalLayout();
        nav.setSpacing(true);
        List<Component> right = new ArrayList<>();
        CurrentUser.get().ifPresent(user -> {
            link(nav, user, "nav-exercises", "nav.exercises", LobbyView.class);
            link(nav, user, "nav-scenarios", "nav.scenarios", ScenarioListView.class);
            link(nav, user, "nav-design", "nav.design", org.drillgrid.ui.design.LibraryView.class);
            link(nav, user, "nav-users", "nav.users", UsersView.class);
            Span who = new Span(user.username() + " · " + getTranslation("role." + user.role().json())
                    + (user.position() == null ? "" : " · " + getTranslation("position." + user.position())));
            who.setId("who");
            who.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Button logout = new Button(getTranslation("nav.logout"), e -> logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            right.add(who);
            right.add(logout);
        });
        HorizontalLayout bar = new HorizontalLayout(title, subtitle, nav);
        right.forEach(bar::add);
        bar.add(language);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(nav);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
    }

    private void link(HorizontalLayout nav, User user, String id, String key,
            Class<? extends Component> view) {
        if (AccessControl.allows(view, user.role())) {
            RouterLink link = new RouterLink(getTranslation(key), view);
            link.setId(id);
            nav.add(link);
        }
    }

    private static void logout() {
        com.vaadin.flow.component.UI.getCurrent().getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
