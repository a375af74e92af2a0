package org.drillgrid.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/**
 * The UI languages: Simplified Chinese (default, whatever the browser says) and English. The choice is
 * kept in the Vaadin session and applied to every new UI of it.
 */
public final class Language implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(of(e.getUI().getSession())));
    }

    /** The session's language, Chinese unless English was chosen. */
    public static Locale of(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(Language.class.getName());
        return chosen instanceof Locale l ? l : CHINESE;
    }

    /**
     * Switches the session's language and re-renders the current page in it. Pages keep what they hold in
     * the session (the designer's draft), so the reload passes the browser's leave guard without asking.
     */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(Language.class.getName(), locale);
        ui.setLocale(locale);
        ui.getPage().executeJs("window.drillgridReloading = true;");
        ui.getPage().reload();
    }

}
