package org.drillgrid.ui.run;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import org.drillgrid.model.event.PeopleStatus;

/** What has happened to people so far, from the run's last hourly {@code people-status} count. */
final class PeoplePanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final Div line = new Div();
    private PeopleStatus shown;

    PeoplePanel() {
        VerticalLayout c = getContent();
        c.setPadding(false);
        c.setSpacing(false);
        line.setId("people-status");
        c.add(new H3(getTranslation("run.people")), line);
        line.setText(getTranslation("run.people.none"));
    }

    void show(PeopleStatus s) {
        if (s == null || s.equals(shown)) {
            return;
        }
        shown = s;
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        line.setText(getTranslation("run.people.line", s.t() / 3600, n.format(s.warned()), n.format(s.affected()),
                n.format(s.evacuating()), n.format(s.sheltered()), n.format(s.relieved()), n.format(s.trapped()),
                n.format(s.rescued()), n.format(s.injured()), n.format(s.dead())));
    }
}
