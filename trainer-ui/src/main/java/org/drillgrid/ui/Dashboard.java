package org.drillgrid.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The frame of a live exercise's page (controller console, command post) as a common operating picture: the
 * map in the main pane, filling the height of the window, and a side rail on the right whose top part (clock,
 * controls, what just happened) stays in view while its tabs below scroll inside themselves. The page itself
 * does not scroll; below about 1000 px of width the rail goes under the map and the page scrolls
 * ({@code webapp/dash/dashboard.css}).
 */
public final class Dashboard extends Div {

    private static final long serialVersionUID = 1L;
    static final String STYLE = "context://dash/dashboard.css";

    private final Div main = new Div();
    private final Div rail = new Div();
    private final Div top = new Div();

    /** @param id the page's prefix: the panes are {@code ID-main}, {@code ID-rail} and {@code ID-rail-top} */
    public Dashboard(String id) {
        addClassName("dg-dash");
        main.addClassName("dg-dash-main");
        main.setId(id + "-main");
        rail.addClassName("dg-dash-rail");
        rail.setId(id + "-rail");
        top.addClassName("dg-dash-top");
        top.setId(id + "-rail-top");
        rail.add(top);
        add(main, rail);
    }

    /** Puts parts in the main pane, top to bottom; give the map {@link org.drillgrid.ui.map.GridMap#fillHeight}. */
    public Dashboard main(Component... parts) {
        main.add(parts);
        return this;
    }

    /** Puts parts in the rail's part that always stays in view. */
    public Dashboard top(Component... parts) {
        top.add(parts);
        return this;
    }

    /** Puts the tabs under the rail's top part: they take the rest of its height and scroll inside. */
    public Dashboard tabs(TabSheet tabs) {
        tabs.addClassName("dg-dash-tabs");
        rail.add(tabs);
        return this;
    }

    /** Makes a view take the whole content area of the page, without padding, for a dashboard to fill. */
    public static void fill(VerticalLayout view) {
        view.setSizeFull();
        view.setPadding(false);
        view.setSpacing(false);
        view.addClassName("dg-dash-view");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addStyleSheet(STYLE);
    }
}
