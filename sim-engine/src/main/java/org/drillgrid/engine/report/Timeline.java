package org.drillgrid.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drillgrid.engine.report.ReportModel.Block;
import org.drillgrid.engine.report.ReportModel.Table;
import org.drillgrid.engine.text.Describer;
import org.drillgrid.engine.text.Describer.Line;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.UnderpassFlooded;

/**
 * The timeline of a run from its event log: the notable lines of the {@link Describer} (injects, orders
 * carried out and refused, warnings, materials, breaches, shelters, outages, the first closing of each
 * underpass), in time order; events at the same time keep their log order. The console, the review and
 * the command post write the same lines.
 */
final class Timeline {

    private Timeline() {
    }

    static List<Line> entries(List<SimEvent> events, Describer d) {
        List<Line> out = new ArrayList<>();
        Set<List<Integer>> underpasses = new HashSet<>();
        for (SimEvent e : events) {
            if (e instanceof UnderpassFlooded u && (!u.closed() || !underpasses.add(u.cell()))) {
                continue; // the first closing of each underpass tells the story; reopenings and repeats do not
            }
            Line x = d.line(e);
            if (x != null && x.notable()) {
                out.add(x);
            }
        }
        out.sort(Comparator.comparingLong(Line::t)); // stable: ties keep log order
        return out;
    }

    static Block table(List<Line> entries, Describer d, Labels l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> tone = new ArrayList<>();
        for (Line e : entries) {
            rows.add(List.of(d.when(e.t()), d.kindName(e.kind()), e.text(), e.who()));
            tone.add(e.bad() ? "bad" : "");
        }
        return new Table(List.of(l.get("time"), l.get("kind"), l.get("what"), l.get("by")), rows, tone);
    }
}
