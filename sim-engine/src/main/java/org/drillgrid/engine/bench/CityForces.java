package org.drillgrid.engine.bench;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.DepotLevel;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamLevel;
import org.drillgrid.model.scenario.TeamSkill;

/**
 * The benchmark city's teams, depots and shelters, placed on its roads from the seed. Shelters and
 * depots stand on high ground (a few shelters on the flood plain, as real plans have them), teams at
 * bases across the city; military and neighbouring-city teams are held in reserve at the grid's edge
 * on an arterial, where they would arrive from outside.
 */
final class CityForces {

    static final int TEAMS = 200;
    static final int DEPOTS = 20;
    static final int SHELTERS = 40;
    /** Shelters placed on the flood plain, where the water may close them. */
    static final int SHELTERS_ON_PLAIN = 6;
    /** Team levels in the order their ids are numbered, with how many of each. */
    private static final TeamLevel[] LEVELS = {TeamLevel.CITY, TeamLevel.COUNTY, TeamLevel.TOWNSHIP,
            TeamLevel.VILLAGE, TeamLevel.SOCIAL, TeamLevel.MILITARY, TeamLevel.NEIGHBOURING};
    private static final int[] LEVEL_COUNTS = {20, 40, 50, 30, 30, 15, 15};
    private static final int[] SIZE_MIN = {60, 40, 20, 10, 15, 100, 50};
    private static final int[] SIZE_MAX = {100, 60, 30, 15, 30, 200, 80};
    /** Skill mixes of the city's own teams, drawn with these weights out of ten. */
    private static final List<List<TeamSkill>> MIXES = List.of(
            List.of(TeamSkill.WATER_RESCUE, TeamSkill.FLOOD_FIGHTING),
            List.of(TeamSkill.WATER_RESCUE),
            List.of(TeamSkill.FLOOD_FIGHTING),
            List.of(TeamSkill.URBAN_SEARCH_RESCUE, TeamSkill.MEDICAL),
            List.of(TeamSkill.MEDICAL),
            List.of(TeamSkill.COMMUNICATIONS));
    private static final int[] MIX_WEIGHTS = {3, 2, 2, 1, 1, 1};

    private final CityTerrain t;
    private final CitySettlement town;
    private final MersenneTwisterFast random;

    CityForces(CityTerrain terrain, CitySettlement town, long seed) {
        this.t = terrain;
        this.town = town;
        this.random = new MersenneTwisterFast(seed ^ 0x5DEECE66DL);
    }

    Forces forces() {
        return new Forces(teams(), depots(), shelters());
    }

    private boolean road(int i) {
        return town.roads[i] != RoadClass.NONE.code() && town.roads[i] != RoadClass.UNDERPASS.code()
                && town.landUse[i] != LandUse.WATER.code();
    }

    private boolean urban(int i) {
        int u = (int) town.landUse[i];
        return u == LandUse.URBAN_DENSE.code() || u == LandUse.URBAN_RESIDENTIAL.code() || u == LandUse.PARK.code()
                || u == LandUse.INDUSTRIAL.code();
    }

    /** {@code count} cells that pass {@code ok}, at least {@code spacing} cells apart, in seeded random order. */
    private List<Integer> pick(int count, int spacing, IntPredicate ok) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < t.side * t.side; i++) {
            if (ok.test(i)) {
                candidates.add(i);
            }
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count && !candidates.isEmpty()) {
            int i = candidates.remove(random.nextInt(candidates.size()));
            boolean far = chosen.stream().allMatch(j -> Math.max(Math.abs(i % t.side - j % t.side),
                    Math.abs(i / t.side - j / t.side)) >= spacing);
            if (far) {
                chosen.add(i);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("only " + chosen.size() + " of " + count + " sites found");
        }
        return chosen;
    }

    private CellRef ref(int i) {
        return new CellRef(i % t.side, i / t.side);
    }

    private List<Shelter> shelters() {
        List<Integer> dry = pick(SHELTERS - SHELTERS_ON_PLAIN, 10, i -> road(i) && urban(i)
                && t.beyondPlain[i] > 400 && t.cityDistance[i] < CitySettlement.CITY_RADIUS + 2500);
        List<Integer> plain = pick(SHELTERS_ON_PLAIN, 10, i -> road(i) && urban(i)
                && t.beyondPlain[i] > -1200 && t.beyondPlain[i] < -300
                && t.cityDistance[i] < CitySettlement.CITY_RADIUS);
        List<Integer> cells = new ArrayList<>(dry);
        cells.addAll(plain);
        String[] kinds = {"school", "stadium", "park", "square"};
        List<Shelter> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String kind = kinds[k % kinds.length];
            int capacity = switch (kind) {
                case "school" -> 1500 + 250 * random.nextInt(7);
                case "stadium" -> 5000 + 500 * random.nextInt(7);
                default -> 2500 + 250 * random.nextInt(9);
            };
            Map<String, Long> stock = kind.equals("school") ? Map.of(ReliefItem.FOOD, 300L, ReliefItem.WATER, 300L)
                    : Map.of();
            String id = String.format("shelter-%02d", k + 1);
            LocalizedText name = new LocalizedText("避难场所 " + (k + 1), "Shelter " + (k + 1) + " (" + kind + ")");
            out.add(new Shelter(id, name, kind, ref(cells.get(k)), capacity, true, stock));
        }
        return out;
    }

    private List<Depot> depots() {
        List<Integer> cells = pick(DEPOTS, 20, i -> road(i) && t.beyondPlain[i] > 300
                && t.cityDistance[i] < CitySettlement.CITY_RADIUS + 4000);
        List<Depot> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            DepotLevel level = k < 2 ? DepotLevel.CITY : k < 8 ? DepotLevel.COUNTY : DepotLevel.TOWNSHIP;
            long food = switch (level) {
                case CITY -> 20_000;
                case COUNTY -> 6_000;
                case TOWNSHIP -> 1_500;
            };
            Map<String, Long> stock = Map.of(ReliefItem.FOOD, food, ReliefItem.WATER, food * 3 / 2, "quilts", food / 4,
                    "tents", food / 20, "life-jackets", food / 10, "sandbags", food * 2);
            SimDuration lead = SimDuration.ofHours(level == DepotLevel.CITY ? 6 : 8);
            List<Depot.Agreement> agreements = level == DepotLevel.TOWNSHIP ? List.of() : List.of(
                    new Depot.Agreement(ReliefItem.FOOD, food * 2, lead),
                    new Depot.Agreement(ReliefItem.WATER, food * 3, lead));
            List<Depot.Production> production = level != DepotLevel.CITY ? List.of()
                    : List.of(new Depot.Production(ReliefItem.FOOD, 20_000L, SimDuration.ofHours(24)),
                            new Depot.Production(ReliefItem.WATER, 30_000L, SimDuration.ofHours(24)));
            String id = String.format("depot-%02d", k + 1);
            out.add(new Depot(id, new LocalizedText("物资储备库 " + (k + 1), "Relief depot " + (k + 1)), level,
                    ref(cells.get(k)), stock, null, null, agreements, production));
        }
        return out;
    }

    private List<Team> teams() {
        List<Integer> bases = pick(TEAMS, 1, i -> road(i) && t.beyondPlain[i] > 200
                && t.cityDistance[i] < CitySettlement.CITY_RADIUS + 3000);
        List<Integer> edge = pick(LEVEL_COUNTS[5] + LEVEL_COUNTS[6], 1, i -> road(i) && t.beyondPlain[i] > 200
                && town.roads[i] == RoadClass.ARTERIAL.code()
                && (i % t.side == 0 || i % t.side == t.side - 1 || i / t.side == 0 || i / t.side == t.side - 1));
        List<Team> out = new ArrayList<>();
        int n = 0;
        int fromEdge = 0;
        for (int l = 0; l < LEVELS.length; l++) {
            TeamLevel level = LEVELS[l];
            boolean reserve = level == TeamLevel.MILITARY || level == TeamLevel.NEIGHBOURING;
            for (int k = 0; k < LEVEL_COUNTS[l]; k++) {
                n++;
                int size = SIZE_MIN[l] + random.nextInt(SIZE_MAX[l] - SIZE_MIN[l] + 1);
                List<TeamSkill> skills = level == TeamLevel.MILITARY
                        ? List.of(TeamSkill.FLOOD_FIGHTING, TeamSkill.WATER_RESCUE)
                        : level == TeamLevel.NEIGHBOURING
                        ? List.of(TeamSkill.WATER_RESCUE, TeamSkill.URBAN_SEARCH_RESCUE)
                        : mix();
                int base = reserve ? edge.get(fromEdge++) : bases.get(n - 1);
                String id = String.format("team-%03d", n);
                LocalizedText name = new LocalizedText(level.json() + " 救援队 " + n,
                        level.json() + " rescue team " + n);
                out.add(new Team(id, name, level, size, skills, ref(base), null, null, null));
            }
        }
        return out;
    }

    private List<TeamSkill> mix() {
        int u = random.nextInt(10);
        for (int m = 0; m < MIXES.size(); m++) {
            u -= MIX_WEIGHTS[m];
            if (u < 0) {
                return MIXES.get(m);
            }
        }
        return MIXES.get(0);
    }
}
