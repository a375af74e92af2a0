package org.drillgrid.model.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.hazard.HazardSpec;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.GeneratorSpec;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.model.scenario.Team;

/**
 * The rules a bound scenario document must meet beyond its shape: required fields, ranges, unique ids,
 * cells inside the grid, times inside the duration. Fields that failed to bind are already reported
 * and are not reported again.
 */
final class ScenarioValidator {

    /** Ids of scenarios, teams, depots, shelters and injects: they appear in URLs, files and orders. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** A grid's coordinate system: an EPSG code, as GIS files name it (docs/import.md). */
    static final Pattern CRS = Pattern.compile("EPSG:\\d{4,6}");
    static final int MAX_CELLS = 4_000_000;
    static final int MAX_SIDE = 10_000;
    static final long MAX_DURATION = 30L * 86_400;
    static final long MAX_TIME_STEP = 3_600;
    /** Beyond this an octave's wavelength is far below a cell: more only costs time. */
    static final int MAX_OCTAVES = 16;

    private final List<Violation> out = new ArrayList<>();
    private final List<String> alreadyReported;
    private final Map<String, String> ids = new HashMap<>();

    private ScenarioValidator(List<Violation> bindingProblems) {
        this.alreadyReported = bindingProblems.stream().map(Violation::path).toList();
    }

    static List<Violation> check(Scenario s, List<Violation> bindingProblems) {
        ScenarioValidator v = new ScenarioValidator(bindingProblems);
        v.scenario(s);
        return v.out;
    }

    private void scenario(Scenario s) {
        if (s.format() != null && s.format() != Scenario.FORMAT) {
            add("$.format", "this Drillgrid reads scenario format " + Scenario.FORMAT + ", not " + s.format());
        }
        id("$.id", s.id(), false);
        grid(s.grid());
        if (s.start() != null && s.startTime().isEmpty()) {
            add("$.start", "'" + s.start() + "' is not a date-time with offset like 2021-07-20T06:00:00+08:00");
        }
        boolean durationOk = required("$.duration", s.duration());
        if (durationOk && (s.duration().seconds() <= 0 || s.duration().seconds() > MAX_DURATION)) {
            add("$.duration", "must be > 0 and at most 30d");
        }
        if (s.timeStep() != null && (s.timeStep().seconds() < 1 || s.timeStep().seconds() > MAX_TIME_STEP)) {
            add("$.timeStep", "must be between 1s and 1h");
        } else if (durationOk && s.timeStepSeconds() > s.duration().seconds()) {
            add("$.timeStep", "must not be longer than the duration (" + s.duration() + ")");
        }
        if (required("$.layers", s.layers())) {
            required("$.layers.elevation", s.layers().elevation());
            s.layers().present().forEach((name, spec) -> {
                if (spec instanceof LayerSpec.Generated g) {
                    generator("$.layers." + name + ".generator", g.generator());
                }
            });
        }
        hazards(s.hazardsOrEmpty(), s.grid(), s.duration() == null ? 0 : s.duration().seconds());
        forces(s.forcesOrNone(), s.grid());
        drill(s.drillOrEmpty(), s.duration());
        DrillRules.check(s, this::add);
    }

    private void grid(GridSpec g) {
        if (!required("$.grid", g)) {
            return;
        }
        boolean cols = required("$.grid.cols", g.cols()) && range("$.grid.cols", g.cols(), 1, MAX_SIDE);
        boolean rows = required("$.grid.rows", g.rows()) && range("$.grid.rows", g.rows(), 1, MAX_SIDE);
        if (cols && rows && (long) g.cols() * g.rows() > MAX_CELLS) {
            add("$.grid", "cols x rows = " + (long) g.cols() * g.rows() + " cells; at most " + MAX_CELLS
                    + " are supported");
        }
        if (required("$.grid.cellSize", g.cellSize()) && !(g.cellSize() > 0 && g.cellSize() <= 10_000)) {
            add("$.grid.cellSize", "must be > 0 and at most 10000 (metres)");
        }
        if (g.crs() != null && !CRS.matcher(g.crs()).matches()) {
            add("$.grid.crs", "'" + g.crs() + "' is not a coordinate system code like EPSG:4547 "
                    + "('EPSG:' and 4 to 6 digits)");
        }
    }

    /** Parameters a generator cannot compute numbers from (or would compute for ever). */
    private void generator(String path, GeneratorSpec spec) {
        if (spec instanceof GeneratorSpec.Radial r) {
            if (r.centre() != null && (r.centre().size() != 2 || r.centre().stream().anyMatch(Objects::isNull))) {
                add(path + ".centre", "expected a cell [col, row] of two integers");
            }
            positive(path + ".radius", r.radius());
        } else if (spec instanceof GeneratorSpec.Fractal f) {
            if (f.octaves() != null && (f.octaves() < 1 || f.octaves() > MAX_OCTAVES)) {
                add(path + ".octaves", "must be between 1 and " + MAX_OCTAVES);
            }
            positive(path + ".scale", f.scale());
            positive(path + ".persistence", f.persistence());
        }
    }

    private void hazards(List<HazardSpec> hazards, GridSpec grid, long duration) {
        Map<String, Integer> seen = new HashMap<>();
        FloodSpec flood = hazards.stream().filter(FloodSpec.class::isInstance).map(FloodSpec.class::cast).findFirst()
                .orElse(null);
        for (int i = 0; i < hazards.size(); i++) {
            String path = "$.hazards[" + i + "]";
            HazardSpec h = hazards.get(i);
            if (h == null) {
                if (!failedToBind(path)) {
                    add(path, "expected a hazard object with a type (one of: " + FloodSpec.TYPE + ", " + QuakeSpec.TYPE
                            + ", " + FireSpec.TYPE + ")");
                }
                continue;
            }
            String type = h instanceof FloodSpec ? FloodSpec.TYPE : h instanceof QuakeSpec ? QuakeSpec.TYPE
                    : FireSpec.TYPE;
            if (seen.merge(type, 1, Integer::sum) > 1) {
                add(path, "only one " + type + " entry per scenario (put all of it into one)");
            }
            if (h instanceof FloodSpec f) {
                FloodRules.check(f, path, grid, this::add);
            } else if (h instanceof QuakeSpec q) {
                HazardRules.quake(q, path, grid, flood, this::add);
            } else if (h instanceof FireSpec f) {
                HazardRules.fire(f, path, grid, duration, this::add);
            }
        }
    }

    private void forces(Forces f, GridSpec grid) {
        List<Team> teams = f.teamsOrEmpty();
        for (int i = 0; i < teams.size(); i++) {
            String p = "$.forces.teams[" + i + "]";
            Team t = teams.get(i);
            if (t == null) {
                continue;
            }
            id(p + ".id", t.id(), true);
            required(p + ".level", t.level());
            if (required(p + ".size", t.size()) && t.size() <= 0) {
                add(p + ".size", "must be > 0");
            } else if (t.size() != null && t.size() > Bounds.MAX_TEAM) {
                add(p + ".size", "must be at most " + Bounds.MAX_TEAM + " people");
            }
            cell(p + ".base", t.base(), grid, true);
            ForcesRules.team(t, p, this::add);
        }
        List<Depot> depots = f.depotsOrEmpty();
        for (int i = 0; i < depots.size(); i++) {
            String p = "$.forces.depots[" + i + "]";
            Depot d = depots.get(i);
            if (d == null) {
                continue;
            }
            id(p + ".id", d.id(), true);
            required(p + ".level", d.level());
            cell(p + ".cell", d.cell(), grid, true);
            ForcesRules.depot(d, p, this::add);
        }
        List<Shelter> shelters = f.sheltersOrEmpty();
        for (int i = 0; i < shelters.size(); i++) {
            String p = "$.forces.shelters[" + i + "]";
            Shelter s = shelters.get(i);
            if (s == null) {
                continue;
            }
            id(p + ".id", s.id(), true);
            cell(p + ".cell", s.cell(), grid, true);
            if (required(p + ".capacity", s.capacity()) && s.capacity() <= 0) {
                add(p + ".capacity", "must be > 0");
            } else if (s.capacity() != null && s.capacity() > Bounds.MAX_SHELTER) {
                add(p + ".capacity", "must be at most " + Bounds.MAX_SHELTER + " people");
            }
            ForcesRules.shelter(s, p, this::add);
        }
    }

    private void drill(Drill d, org.drillgrid.model.scenario.SimDuration duration) {
        Targets t = d.targets();
        if (t != null) {
            positive("$.drill.targets.reliefHours", t.reliefHours());
            if (t.warningCoverage() != null && !(t.warningCoverage() >= 0 && t.warningCoverage() <= 100)) {
                add("$.drill.targets.warningCoverage", "must be a percentage between 0 and 100");
            }
            if (t.deathsPerMillion() != null && t.deathsPerMillion() < 0) {
                add("$.drill.targets.deathsPerMillion", "must be >= 0");
            }
            if (t.affectedPer100k() != null && t.affectedPer100k() < 0) {
                add("$.drill.targets.affectedPer100k", "must be >= 0");
            }
        }
        List<Inject> injects = d.injectsOrEmpty();
        for (int i = 0; i < injects.size(); i++) {
            String p = "$.drill.injects[" + i + "]";
            Inject inj = injects.get(i);
            if (inj == null) {
                continue;
            }
            id(p + ".id", inj.id(), true);
            if (inj.at() != null && duration != null && inj.at().compareTo(duration) >= 0) {
                // an inject at the very end would never be delivered: the last tick ends there
                add(p + ".at", "at " + inj.at() + " is not before the end of the scenario (" + duration + ")");
            }
            if (required(p + ".message", inj.message()) && inj.message().isEmpty()) {
                add(p + ".message", "must not be empty");
            }
        }
        for (int i = 0; i < d.placesOrEmpty().size(); i++) {
            if (d.placesOrEmpty().get(i) != null) {
                id("$.drill.places[" + i + "].id", d.placesOrEmpty().get(i).id(), true);
            }
        }
        for (int i = 0; i < d.objectivesOrEmpty().size(); i++) {
            if (d.objectivesOrEmpty().get(i) != null) {
                id("$.drill.objectives[" + i + "].id", d.objectivesOrEmpty().get(i).id(), true);
            }
        }
        for (int i = 0; i < d.sensorsOrEmpty().size(); i++) {
            if (d.sensorsOrEmpty().get(i) != null) {
                id("$.drill.sensors[" + i + "].id", d.sensorsOrEmpty().get(i).id(), true);
            }
        }
    }

    private void cell(String path, CellRef cell, GridSpec grid, boolean isRequired) {
        if (cell == null) {
            if (isRequired) {
                required(path, null);
            }
            return;
        }
        if (grid != null && grid.cols() != null && grid.rows() != null && !grid.contains(cell.col(), cell.row())) {
            add(path, "cell " + cell + " is outside the grid (" + grid.cols() + " x " + grid.rows() + ")");
        }
    }

    private void id(String path, String id, boolean unique) {
        if (!required(path, id)) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            add(path, "'" + id + "' is not a valid id (lower-case letters, digits, '-' and '_', at most 64)");
        } else if (unique) {
            String first = ids.putIfAbsent(id, path);
            if (first != null) {
                add(path, "id '" + id + "' is already used at " + first);
            }
        }
    }

    private void positive(String path, Double value) {
        if (value != null && !(value > 0)) {
            add(path, "must be > 0");
        }
    }

    private boolean range(String path, int value, int min, int max) {
        if (value < min || value > max) {
            add(path, "must be between " + min + " and " + max);
            return false;
        }
        return true;
    }

    private boolean required(String path, Object value) {
        if (value != null) {
            return true;
        }
        if (!failedToBind(path)) {
            add(path, "is required");
        }
        return false;
    }

    /** A value that is null because something inside it failed to bind is reported there, not as missing. */
    private boolean failedToBind(String path) {
        for (String reported : alreadyReported) {
            if (reported.startsWith(path + ".") || reported.startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }

    void add(String path, String message) {
        for (String reported : alreadyReported) {
            if (path.equals(reported) || path.startsWith(reported + ".") || path.startsWith(reported + "[")) {
                return;
            }
        }
        out.add(new Violation(path, message));
    }
}
