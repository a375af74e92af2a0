package org.drillgrid.ui.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.Scenario;

/**
 * The names the command post knows things by, in the UI's language: places, shelters, depots, teams and
 * its own sensors; reports name their source as a sensor id, {@code officer:PLACE} or {@code team:ID}.
 */
final class Names {

    private final Map<String, String> byId = new HashMap<>();
    private final Translate translate;

    Names(Scenario scenario, Locale locale, Translate translate) {
        this.translate = translate;
        var drill = scenario.drillOrEmpty();
        drill.placesOrEmpty().forEach(p -> byId.put(p.id(), p.name().in(locale)));
        drill.sensorsOrEmpty().forEach(s -> byId.put(s.id(), s.name() == null ? s.id() : s.name().in(locale)));
        var forces = scenario.forcesOrNone();
        forces.sheltersOrEmpty().forEach(s -> byId.put(s.id(), s.name().in(locale)));
        forces.depotsOrEmpty().forEach(d -> byId.put(d.id(), d.name().in(locale)));
        forces.teamsOrEmpty().forEach(t -> byId.put(t.id(), t.name().in(locale)));
    }

    /** A translation; for a value it has no key for (from an API client), the value itself. */
    private String t(String key) {
        return translate.or(key, key.substring(key.lastIndexOf('.') + 1));
    }

    /** The name of an id, or the id itself. */
    String of(String id) {
        return id == null ? "" : byId.getOrDefault(id, id);
    }

    /** Who sent a report. */
    String source(String source) {
        if (source == null) {
            return "";
        }
        if (source.startsWith("officer:")) {
            return t("post.source.officer") + " " + of(source.substring("officer:".length()));
        }
        if (source.startsWith("team:")) {
            return of(source.substring("team:".length()));
        }
        return of(source);
    }

    String area(AreaRef a) {
        if (a == null) {
            return "";
        }
        return a.place() != null ? of(a.place()) : String.valueOf(a.cells());
    }

    /** An order in a line: its type and what it names. */
    String order(Order o) {
        List<String> parts = new ArrayList<>();
        if (o instanceof Order.Warn w) {
            parts.add(area(w.area()));
            parts.add(w.level() == null ? "" : t("post.warnLevel." + w.level()));
        } else if (o instanceof Order.Evacuate e) {
            parts.add(area(e.area()) + " → " + of(e.shelter()));
        } else if (o instanceof Order.CloseRoad c) {
            parts.add(area(c.area()) + (Boolean.TRUE.equals(c.reopen()) ? " (" + t("post.field.reopen") + ")" : ""));
        } else if (o instanceof Order.DispatchTeam d) {
            parts.add(of(d.team()));
            parts.add(d.task() == null ? "" : t("post.task." + d.task()));
            parts.add(d.levee() != null ? d.levee() : area(d.area()));
            parts.add(d.shelter() == null ? "" : "→ " + of(d.shelter()));
        } else if (o instanceof Order.DispatchMaterials m) {
            parts.add(of(m.depot()) + " → " + of(m.shelter()));
            if (m.items() != null) {
                m.items().forEach((k, v) -> parts.add(t("post.item." + k) + " × " + v));
            }
        } else if (o instanceof Order.FiveStops f) {
            parts.add(area(f.area()) + (Boolean.TRUE.equals(f.lift()) ? " (" + t("post.field.lift") + ")" : ""));
        } else if (o instanceof Order.RestoreComms r) {
            parts.add(of(r.team()));
            parts.add(area(r.area()));
        } else if (o instanceof Order.SetResponseLevel l) {
            parts.add(t("post.level." + l.level()));
        } else if (o instanceof Order.CallReserve c) {
            parts.add(of(c.depot()));
            parts.add(c.item() == null ? "" : t("post.item." + c.item()));
        } else {
            parts.add(of(o.target()));
        }
        parts.removeIf(String::isBlank);
        return t("post.type." + o.typeName()) + ": " + String.join(" · ", parts);
    }
}
