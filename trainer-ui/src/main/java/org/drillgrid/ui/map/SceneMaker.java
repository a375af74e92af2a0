package org.drillgrid.ui.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;

/**
 * Turns a moment (a {@link Frame}: the truth, or a command post's reported picture) and pins into the
 * {@link MapScene} of the layers shown: each shelter, depot, team, truck, sensor and pin by its name with its
 * state (a shelter's fill "1 200/2 000", coloured as it fills; a team's task), the outlines of the drill's
 * named areas and of the user's selection, and the legend. Ids never reach the text.
 */
public final class SceneMaker {

    private final Scenario scenario;
    private final Words w;
    private final Map<String, String> names = new HashMap<>();

    public SceneMaker(Scenario scenario, Locale locale, Words words) {
        this.scenario = scenario;
        this.w = words;
        var forces = scenario.forcesOrNone();
        forces.sheltersOrEmpty().forEach(s -> names.put(s.id(), text(s.name(), locale, "legend.shelter")));
        forces.depotsOrEmpty().forEach(d -> names.put(d.id(), text(d.name(), locale, "legend.depot")));
        forces.teamsOrEmpty().forEach(t -> names.put(t.id(), text(t.name(), locale, "legend.team")));
        var drill = scenario.drillOrEmpty();
        drill.placesOrEmpty().forEach(p -> names.put(p.id(), text(p.name(), locale, "legend.place")));
        drill.sensorsOrEmpty().forEach(s -> names.put(s.id(), text(s.name(), locale, "legend.sensor")));
    }

    /** A name in the user's language; one not given yet (a draft in the designer) is the kind's word. */
    private String text(LocalizedText name, Locale locale, String kindKey) {
        return name == null || name.isEmpty() ? w.get(kindKey) : name.in(locale);
    }

    /**
     * The scene of a moment. Without a frame (or without a part of it) shelters, depots and teams are where the
     * scenario puts them, with no state.
     *
     * @param selection the user's picked rectangle {@code [c0, r0, c1, r1]}, or null
     * @param corner    the first corner of a rectangle being picked, or null
     */
    public MapScene make(Set<MapLayer> shown, Frame frame, List<Marker> markers, List<Integer> selection,
            CellRef corner) {
        List<MapScene.Label> labels = new ArrayList<>();
        if (shown.contains(MapLayer.SHELTERS)) {
            shelters(frame, labels);
        }
        if (shown.contains(MapLayer.DEPOTS)) {
            depots(frame, labels);
        }
        if (shown.contains(MapLayer.TEAMS)) {
            teams(frame, labels);
        }
        if (shown.contains(MapLayer.CONVOYS) && frame != null && frame.convoys() != null) {
            int[] trucks = frame.convoys();
            for (int i = 0; i < trucks.length; i++) {
                labels.add(new MapScene.Label("convoy:" + i, "convoy", frame.col(trucks[i]), frame.row(trucks[i]),
                        w.get("legend.convoy"), "", w.get("legend.convoy"), Palette.hex(Palette.CONVOY), false));
            }
        }
        if (shown.contains(MapLayer.SENSORS)) {
            scenario.drillOrEmpty().sensorsOrEmpty().stream().filter(s -> s.cell() != null).forEach(s -> labels.add(
                    new MapScene.Label("sensor:" + s.id(), "sensor", s.cell().col(), s.cell().row(), names.get(s.id()),
                            "", w.get("map.sensor." + s.type()), Palette.hex(Palette.SENSOR), false)));
        }
        if (shown.contains(MapLayer.REPORTS) && markers != null) {
            for (int i = 0; i < markers.size(); i++) {
                labels.add(pin(i, markers.get(i)));
            }
        }
        List<MapScene.Outline> outlines = new ArrayList<>();
        if (shown.contains(MapLayer.PLACES)) {
            scenario.drillOrEmpty().placesOrEmpty().stream().filter(p -> p.cells() != null && p.cells().size() == 4)
                    .forEach(p -> outlines.add(outline("place:" + p.id(), "place", p.cells(), names.get(p.id()),
                            Palette.PLACE)));
        }
        List<MapScene.LegendEntry> legend = new ArrayList<>(Legend.of(shown, w));
        if (selection != null && selection.size() == 4) {
            outlines.add(outline("selection", "selection", selection, w.get("map.selection"), Palette.SELECTION));
        }
        if (corner != null) {
            outlines.add(outline("corner", "corner", List.of(corner.col(), corner.row(), corner.col(), corner.row()),
                    w.get("map.corner"), Palette.SELECTION));
        }
        if (selection != null || corner != null) {
            legend.add(new MapScene.LegendEntry(w.get("legend.selection"), Palette.hex(Palette.SELECTION)));
        }
        return new MapScene(labels, outlines, legend);
    }

    private void shelters(Frame frame, List<MapScene.Label> out) {
        if (frame != null && frame.shelters() != null) {
            frame.shelters().forEach(s -> out.add(shelter(s, frame)));
        } else {
            scenario.forcesOrNone().sheltersOrEmpty().forEach(s -> out.add(new MapScene.Label("shelter:" + s.id(),
                    "shelter", s.cell().col(), s.cell().row(), names.get(s.id()),
                    s.capacity() == null ? "" : number(s.capacity()), w.get("legend.shelter"),
                    Palette.hex(Palette.SHELTER), false)));
        }
    }

    /** A shelter by its fill: occupants below 0 mean not reported yet (a command post's picture). */
    private MapScene.Label shelter(Frame.Site s, Frame frame) {
        boolean known = s.occupants() >= 0;
        boolean full = known && s.capacity() > 0 && s.occupants() >= s.capacity();
        boolean filling = known && s.capacity() > 0 && s.occupants() >= Palette.SHELTER_NEARLY_FULL * s.capacity();
        Color colour = !s.open() ? Palette.SHELTER_CLOSED : full ? Palette.SHELTER_FULL
                : filling ? Palette.SHELTER_FILLING : Palette.SHELTER;
        String fill = (known ? number(s.occupants()) : "?") + "/" + number(s.capacity());
        String state = s.open() ? fill : w.get("map.state.closed") + " " + fill;
        String detail = !known ? w.get("map.shelter.unreported", number(s.capacity()))
                : w.get(full ? "map.shelter.full" : "map.shelter.fill", number(s.occupants()), number(s.capacity()));
        if (!s.open()) {
            detail = w.get("map.state.closed") + " · " + detail;
        }
        return new MapScene.Label("shelter:" + s.id(), "shelter", frame.col(s.cell()), frame.row(s.cell()),
                name(s.id()), state, detail, Palette.hex(colour), full || !s.open());
    }

    private void depots(Frame frame, List<MapScene.Label> out) {
        if (frame != null && frame.depots() != null) {
            frame.depots().forEach(d -> out.add(new MapScene.Label("depot:" + d.id(), "depot", frame.col(d.cell()),
                    frame.row(d.cell()), name(d.id()), "", w.get("legend.depot"), Palette.hex(Palette.DEPOT), false)));
        } else {
            scenario.forcesOrNone().depotsOrEmpty().forEach(d -> out.add(new MapScene.Label("depot:" + d.id(),
                    "depot", d.cell().col(), d.cell().row(), names.get(d.id()), "", w.get("legend.depot"),
                    Palette.hex(Palette.DEPOT), false)));
        }
    }

    private void teams(Frame frame, List<MapScene.Label> out) {
        if (frame != null && frame.teams() != null) {
            frame.teams().forEach(t -> {
                // a reported task is logged with where it is ("rescue area [..]"); the label names its kind
                String state = t.task() != null ? w.get("post.task." + t.task().split(" ")[0])
                        : "unknown".equals(t.status()) ? w.get("map.state.unreported")
                        : w.get("post.teamStatus." + t.status());
                String detail = t.task() != null ? w.get("post.teamStatus." + t.status()) + " · " + state : state;
                out.add(new MapScene.Label("team:" + t.id(), "team", frame.col(t.cell()), frame.row(t.cell()),
                        name(t.id()), state, detail, Palette.hex(t.task() == null ? Palette.TEAM_IDLE : Palette.TEAM),
                        false));
            });
        } else {
            scenario.forcesOrNone().teamsOrEmpty().stream().filter(t -> t.base() != null).forEach(t -> out.add(
                    new MapScene.Label("team:" + t.id(), "team", t.base().col(), t.base().row(), names.get(t.id()), "",
                            w.get("legend.team"), Palette.hex(Palette.TEAM_IDLE), false)));
        }
    }

    private MapScene.Label pin(int i, Marker m) {
        String name = m.name() == null || m.name().isBlank() ? w.get("legend.report") : m.name();
        String state = m.label() == null ? "" : m.label();
        String detail = (m.alert() ? w.get("legend.alert") + " · " : "") + name + (state.isEmpty() ? "" : " " + state);
        return new MapScene.Label("pin:" + i, "report", m.cell().col(), m.cell().row(), name, state, detail,
                Palette.hex(m.alert() ? Palette.ALERT : Palette.REPORT), m.alert());
    }

    private static MapScene.Outline outline(String key, String kind, List<Integer> c, String name, Color colour) {
        return new MapScene.Outline(key, kind, Math.min(c.get(0), c.get(2)), Math.min(c.get(1), c.get(3)),
                Math.max(c.get(0), c.get(2)), Math.max(c.get(1), c.get(3)), name, Palette.hex(colour));
    }

    /** The name of a shelter, depot or team; one the scenario does not list (never expected) is unnamed. */
    private String name(String id) {
        return names.getOrDefault(id, "");
    }

    /** A count with its thousands set apart by a space, as "1 200". */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
