package org.drillgrid.ui.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.drillgrid.model.event.PeopleStatus;

/**
 * The KPI chart of the whole session (hourly people counts up to its reach) with the replay's time marked,
 * and the counts of the last hourly line at or before that time.
 */
final class KpiPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final transient KpiChart chart;
    private final Image image = new Image();
    private final Span at = new Span();
    private final FlexLayout figures = new FlexLayout();
    private int version;

    KpiPanel() {
        chart = new KpiChart(this::getTranslation, key -> getTranslation(Locale.ENGLISH, key));
        image.setId("review-chart");
        image.setAlt(getTranslation("review.chart"));
        image.setWidth(KpiChart.WIDTH + "px");
        image.setHeight(KpiChart.HEIGHT + "px");
        at.setId("review-kpi-at");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "0.3em 1.2em");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("review.kpis")), at, figures, image);
    }

    void show(List<PeopleStatus> series, long reach, long t, Optional<PeopleStatus> now) {
        byte[] png = chart.png(series, reach, t);
        version++;
        image.setSrc(new StreamResource("kpi-" + version + ".png", () -> new ByteArrayInputStream(png)));
        figures.removeAll();
        if (now.isEmpty()) {
            at.setText(getTranslation("review.kpi.none"));
            return;
        }
        PeopleStatus p = now.get();
        at.setText(getTranslation("review.kpi.at", Scrubber.hm(p.t())));
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        for (List<KpiChart.Series> group : List.of(KpiChart.FLOWS, KpiChart.HARM)) {
            for (KpiChart.Series s : group) {
                Span value = new Span(n.format(s.value().applyAsLong(p)));
                value.setId(s.key().replace('.', '-'));
                value.getStyle().set("font-weight", "bold");
                Div figure = new Div(new Span(getTranslation(s.key()) + " "), value);
                figures.add(figure);
            }
        }
    }

    /** How many times the chart was drawn (for tests). */
    int version() {
        return version;
    }
}
