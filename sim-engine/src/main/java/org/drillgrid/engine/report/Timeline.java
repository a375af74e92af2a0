package org.drillgrid.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drillgrid.engine.report.ReportModel.Block;
import org.drillgrid.engine.report.ReportModel.Table;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.event.FireIgnited;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.UnderpassFlooded;

/**
 * The timeline of a run from its event log: injects fired, orders issued and rejected, and the key world
 * events (levee breaches, shelters out of service or flooded, outages, the first flooding of each
 * underpass cell), in time order; events at the same time keep their log order.
 */
final class Timeline {

    /** One line of the timeline. */
    record Entry(long t, String kind, String what, String detail, String position, String tone) {
    }

    private Timeline() {
    }

    static List<Entry> entries(List<SimEvent> events, Labels l) {
        List<Entry> out = new ArrayList<>();
        Set<List<Integer>> underpasses = new HashSet<>();
        for (SimEvent e : events) {
            Entry x = entry(e, l, underpasses);
            if (x != null) {
                out.add(x);
            }
        }
        out.sort(Comparator.comparingLong(Entry::t)); // stable: ties keep log order
        return out;
    }

    private static Entry entry(SimEvent e, Labels l, Set<List<Integer>> underpasses) {
        if (e instanceof InjectFired f) {
            String audience = f.audience().isEmpty() ? l.get("all.positions") : String.join(", ", f.audience());
            return new Entry(f.t(), l.get("t.inject"), f.inject(), l.get("trigger") + ": " + nz(f.trigger()) + "; "
                    + l.get("audience") + ": " + audience + "; " + l.text(f.message()), audience, "");
        }
        if (e instanceof OrderIssued o) {
            return new Entry(o.t(), l.get("t.order"), "#" + o.seq() + " " + o.order().typeName(),
                    targetOf(o.order()), nz(o.role()), "");
        }
        if (e instanceof OrderRejected r) {
            return new Entry(r.t(), l.get("t.rejected"), "#" + r.seq() + " " + r.order().typeName(),
                    targetOf(r.order()) + " — " + l.reason(r), nz(r.role()), "bad");
        }
        if (e instanceof LeveeBreached b) {
            String detail = l.format("d.levee", b.cells(), Labels.num(b.to()));
            return new Entry(b.t(), l.get("t.levee"), b.levee(), detail, "", "bad");
        }
        if (e instanceof Earthquake q) {
            String detail = l.format("d.quake", Labels.num(q.magnitude()), Labels.num(q.col()), Labels.num(q.row()),
                    Labels.num(q.maxIntensity()));
            return new Entry(q.t(), l.get(q.aftershock() ? "t.aftershock" : "t.quake"), "M" + Labels.num(q.magnitude()),
                    detail, "", "bad");
        }
        if (e instanceof BuildingsDamaged d) {
            String detail = l.format("d.damage", d.moderate(), d.severe(), d.collapse(), d.roadCellsBlocked());
            return new Entry(d.t(), l.get("t.damage"), "", detail, "", "bad");
        }
        if (e instanceof FireIgnited f) {
            return new Entry(f.t(), l.get("t.fire"), "[" + f.col() + ", " + f.row() + "]", nz(f.cause()), "", "bad");
        }
        if (e instanceof ShelterStatus s && !s.open()) {
            String detail = l.format("d.shelter", nz(s.reason()), s.occupants());
            return new Entry(s.t(), l.get("t.shelter"), s.shelter(), detail, "", "bad");
        }
        if (e instanceof ShelterFlooded s) {
            String detail = l.format("d.shelter.flooded", Labels.num(s.depth()));
            return new Entry(s.t(), l.get("t.shelter"), s.shelter(), detail, "", "bad");
        }
        if (e instanceof OutageChanged o) {
            String detail = l.format(o.active() ? "d.outage.on" : "d.outage.off", o.area());
            return new Entry(o.t(), l.get("t.outage"), o.kind(), detail, "", o.active() ? "bad" : "good");
        }
        if (e instanceof UnderpassFlooded u && u.closed() && underpasses.add(u.cell())) {
            String detail = l.format("d.depth", Labels.num(u.depth()));
            return new Entry(u.t(), l.get("t.underpass"), l.format("d.cell", u.cell()), detail, "", "bad");
        }
        return null;
    }

    private static String targetOf(org.drillgrid.model.order.Order o) {
        String target = o.target();
        return target == null || "null".equals(target) ? "" : target;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Block table(List<Entry> entries, Labels l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> tone = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(List.of(Labels.time(e.t()), e.kind(), e.what(), e.detail(), e.position()));
            tone.add(e.tone());
        }
        return new Table(List.of(l.get("time"), l.get("kind"), l.get("what"), l.get("detail"), l.get("by")), rows,
                tone);
    }
}
