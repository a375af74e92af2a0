package org.drillgrid.ui.auth;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.drillgrid.ui.MainLayout;

/** Where a user lands who opened a view or an exercise that is not for them. It shows nothing of it. */
@PublicView
@Route(value = "forbidden", layout = MainLayout.class)
public final class ForbiddenView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public ForbiddenView() {
        setId("forbidden");
        add(new H2(getTranslation("forbidden.title")), new Paragraph(getTranslation("forbidden.text")),
                new RouterLink(getTranslation("forbidden.home"), org.drillgrid.ui.lobby.LobbyView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forbidden.title") + " · Drillgrid";
    }
}
