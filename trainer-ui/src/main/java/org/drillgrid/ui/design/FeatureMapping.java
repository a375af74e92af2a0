package org.drillgrid.ui.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.drill.Sensor;
import org.drillgrid.model.gis.FeatureImport;
import org.drillgrid.model.gis.GridArea;
import org.drillgrid.model.gis.GridLine;
import org.drillgrid.model.gis.GridPoint;
import org.drillgrid.model.gis.GeoJsonImport;
import org.drillgrid.model.gis.GeoJsonLayer;
import org.drillgrid.model.gis.ImportException;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.DepotLevel;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamLevel;
import org.drillgrid.model.scenario.TeamSkill;

/**
 * Puts a GeoJSON file into a draft (docs/designer.md, "Importing"): lines become roads burned into the
 * roads layer; points become shelters, depots, teams or sensors and polygons become named places, by
 * their {@code kind} property or by the kind the designer chose for the whole file. Ids, names and sizes
 * come from the features' properties, with defaults where they are missing; what was placed, skipped or
 * outside the grid is counted.
 */
final class FeatureMapping {

    static final List<String> KINDS = List.of("auto", "roads", "shelter", "depot", "team", "sensor", "place");

    static final int DEFAULT_SHELTER_CAPACITY = 500;
    static final int DEFAULT_TEAM_SIZE = 20;

    /** What an import placed, by kind, and what it could not. */
    record Outcome(Map<String, Integer> placed, int outside, List<String> skipped, List<String> notes) {
    }

    private FeatureMapping() {
    }

    static Outcome apply(Draft draft, String fileName, byte[] bytes, String as) throws ImportException {
        GeoJsonLayer layer = GeoJsonImport.read(fileName, bytes);
        FeatureImport f = GeoJsonImport.toGrid(layer, draft.doc().grid());
        Map<String, Integer> placed = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        String forced = as == null || as.equals("auto") ? null : as;

        List<GridLine> roads = new ArrayList<>();
        for (GridLine line : f.lines()) {
            String kind = forced != null ? forced : line.properties().getOrDefault("kind", "roads").toLowerCase(Locale.ROOT);
            if (kind.equals("roads") || kind.equals("road")) {
                roads.add(line);
            } else {
                skipped.add("feature " + line.feature() + ": a line can only be a road, not '" + kind + "'");
            }
        }
        if (!roads.isEmpty()) {
            draft.setLayer("roads", GeoJsonImport.burnRoads(roads, draft.doc().grid(), draft.layer("roads").orElse(null)));
            placed.put("roads", roads.size());
        }

        Scenario doc = draft.doc();
        Forces forces = doc.forcesOrNone();
        var drill = Edits.drill(doc.drill());
        List<Shelter> shelters = new ArrayList<>(forces.sheltersOrEmpty());
        List<Depot> depots = new ArrayList<>(forces.depotsOrEmpty());
        List<Team> teams = new ArrayList<>(forces.teamsOrEmpty());
        List<Sensor> sensors = new ArrayList<>(drill.sensorsOrEmpty());
        List<Place> places = new ArrayList<>(drill.placesOrEmpty());
        Set<String> ids = new HashSet<>(Edits.ids(doc)); // injects' and objectives' too: one namespace

        for (GridPoint p : f.points()) {
            Map<String, String> pr = p.properties();
            String kind = forced != null ? forced : pr.getOrDefault("kind", "").toLowerCase(Locale.ROOT);
            CellRef cell = new CellRef(p.col(), p.row());
            LocalizedText name = name(pr);
            switch (kind) {
                case "shelter" -> shelters.add(new Shelter(id(pr, "shelter", ids), name, null, cell,
                        integer(pr.get("capacity"), DEFAULT_SHELTER_CAPACITY), null, null));
                case "depot" -> depots.add(new Depot(id(pr, "depot", ids), name, depotLevel(pr.get("level")), cell,
                        null, null, null, null, null));
                case "team" -> teams.add(new Team(id(pr, "team", ids), name, teamLevel(pr.get("level")),
                        integer(pr.get("size"), DEFAULT_TEAM_SIZE), skills(pr.get("skills")), cell, null, null, null));
                case "sensor" -> {
                    String type = pr.getOrDefault("type", "rain-gauge");
                    if (!Sensor.TYPES.contains(type)) {
                        skipped.add("feature " + p.feature() + ": sensor type '" + type + "' is not one of " + Sensor.TYPES);
                        continue;
                    }
                    sensors.add(new Sensor(id(pr, type, ids), type, name, cell, null, null, null));
                }
                default -> {
                    skipped.add("feature " + p.feature() + ": point of kind '" + kind
                            + "' (use shelter, depot, team or sensor)");
                    continue;
                }
            }
            placed.merge(kind, 1, Integer::sum);
        }
        for (GridArea a : f.areas()) {
            String kind = forced != null ? forced : a.properties().getOrDefault("kind", "place").toLowerCase(Locale.ROOT);
            if (!kind.equals("place")) {
                skipped.add("feature " + a.feature() + ": a polygon can only be a place, not '" + kind + "'");
                continue;
            }
            places.add(new Place(id(a.properties(), "place", ids), name(a.properties()),
                    List.of(a.col0(), a.row0(), a.col1(), a.row1())));
            placed.merge("place", 1, Integer::sum);
        }
        var nextDrill = Edits.places(Edits.sensors(drill, sensors), places);
        Forces nextForces = Edits.shelters(Edits.depots(Edits.teams(forces, teams), depots), shelters);
        draft.edit(s -> Edits.withDrill(Edits.withForces(s, nextForces),
                nextDrill.equals(new org.drillgrid.model.scenario.Drill(null, null, null, null, null, null)) ? null : nextDrill));
        return new Outcome(placed, f.outside(), skipped, f.notes());
    }

    private static LocalizedText name(Map<String, String> pr) {
        String zh = pr.get("name");
        String en = pr.getOrDefault("name_en", pr.get("name:en"));
        if (zh == null && en == null) {
            return null;
        }
        return new LocalizedText(zh != null ? zh : en, en);
    }

    /** The feature's own id when it is a valid, unused one; else a fresh one. */
    private static String id(Map<String, String> pr, String prefix, Set<String> taken) {
        String own = pr.get("id");
        String id = own != null && org.drillgrid.model.validate.ScenarioLoader.isScenarioId(own) && !taken.contains(own) ? own
                : Edits.freshId(prefix, taken);
        taken.add(id);
        return id;
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : (int) Math.round(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static DepotLevel depotLevel(String text) {
        for (DepotLevel l : DepotLevel.values()) {
            if (l.name().equalsIgnoreCase(text == null ? "" : text)) {
                return l;
            }
        }
        return DepotLevel.COUNTY;
    }

    private static TeamLevel teamLevel(String text) {
        for (TeamLevel l : TeamLevel.values()) {
            if (l.json().equalsIgnoreCase(text == null ? "" : text)) {
                return l;
            }
        }
        return TeamLevel.COUNTY;
    }

    private static List<TeamSkill> skills(String text) {
        List<TeamSkill> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.split("[,;\\s]+")) {
                for (TeamSkill k : TeamSkill.values()) {
                    if (k.json().equalsIgnoreCase(s.strip())) {
                        out.add(k);
                    }
                }
            }
        }
        return out.isEmpty() ? List.of(TeamSkill.WATER_RESCUE, TeamSkill.FLOOD_FIGHTING) : out;
    }
}
