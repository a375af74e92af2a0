package org.drillgrid.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.drillgrid.ui.scenario.ScenarioListView;

/** The frame of every page: title, navigation and the language switch. */
public final class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        RouterLink scenarios = new RouterLink(getTranslation("nav.scenarios"), ScenarioListView.class);
        scenarios.setId("nav-scenarios");

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

        HorizontalLayout bar = new HorizontalLayout(title, subtitle, scenarios, language);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(scenarios);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
    }
}
