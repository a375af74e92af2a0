package org.drillgrid.ui.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.model.event.SimEvent;

/**
 * What had happened by the replay's time, newest first: the notable lines of the shared {@link Describer}
 * (injects, orders carried out and refused with the reason, warnings, materials, breaches, shelters,
 * underpasses, outages), as the console and the report write them. At most {@value #LIMIT} rows; the
 * caption says how many there were. The hourly counts, routine reports and household batches are left to
 * the charts.
 */
final class EventTimeline extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 200;

    /** One line: sim time, the event's type, its kind in words and what it says. */
    record Row(long t, String type, String kind, String text) {
    }

    private final transient Describer describer;
    private final Grid<Row> grid = new Grid<>();
    private final Span count = new Span();

    EventTimeline(Describer describer) {
        this.describer = describer;
        grid.setId("review-timeline");
        grid.addColumn(r -> describer.when(r.t())).setHeader(getTranslation("review.timeline.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::kind).setHeader(getTranslation("review.timeline.type"))
                .setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::text).setHeader(getTranslation("review.timeline.what")).setKey("what");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24em");
        count.setId("review-timeline-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-s)");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("review.timeline")), count, grid);
    }

    /** Shows the notable events among {@code upToT} (log order), newest first. */
    void show(List<SimEvent> upToT) {
        List<Row> rows = new ArrayList<>();
        int notable = 0;
        for (int i = upToT.size() - 1; i >= 0; i--) {
            SimEvent e = upToT.get(i);
            Describer.Line line = describer.line(e);
            if (line != null && line.notable()) {
                notable++;
                if (rows.size() < LIMIT) {
                    rows.add(new Row(e.t(), e.type(), describer.kindName(line.kind()), line.text()));
                }
            }
        }
        grid.setItems(rows);
        count.setText(notable > LIMIT ? getTranslation("review.timeline.bounded", LIMIT, notable)
                : getTranslation("review.timeline.count", notable));
    }

    /** The rows shown (for tests). */
    List<Row> rows() {
        return grid.getListDataView().getItems().toList();
    }
}
