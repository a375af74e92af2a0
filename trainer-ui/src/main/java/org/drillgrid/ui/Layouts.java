package org.drillgrid.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Layout pieces the forms share. */
public final class Layouts {

    private Layouts() {
    }

    /** A full-width row of fields aligned on their text baseline, wrapping onto the next line when narrow. */
    public static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        row.setWidthFull();
        return row;
    }
}
