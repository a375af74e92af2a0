package org.drillgrid.model.scenario;

import java.util.Map;

/**
 * The plan targets an exercise is scored against. Every field optional; absent means "not scored".
 * {@code pack} fills the fields not given from a plan's target pack ({@link #PACKS}: {@code xinyang}:
 * relief 8 h, warning 95 %; {@code xinzheng}: 9 h, 92 %; both: deaths below 1 per million, affected below
 * 15 000 per 100 000). {@code reliefHours}: affected people receive basic living relief within this many
 * hours. {@code warningCoverage}: percent (0-100) of the at-risk population warned before the hazard
 * reached them. {@code deathsPerMillion}, {@code affectedPer100k}: casualty and affected-person indicators.
 */
public record Targets(String pack, Double reliefHours, Double warningCoverage, Double deathsPerMillion,
        Double affectedPer100k) {

    /** The target packs of the two source plans (docs/drill-format.md). */
    public static final Map<String, Targets> PACKS = Map.of(
            "xinyang", new Targets(null, 8.0, 95.0, 1.0, 15_000.0),
            "xinzheng", new Targets(null, 9.0, 92.0, 1.0, 15_000.0));

    public static final Targets NONE = new Targets(null, null, null, null, null);

    public Targets(Double reliefHours, Double warningCoverage, Double deathsPerMillion, Double affectedPer100k) {
        this(null, reliefHours, warningCoverage, deathsPerMillion, affectedPer100k);
    }

    /** The targets with the pack's values filled in where no field is given (unknown pack: as written). */
    public Targets resolved() {
        Targets p = pack == null ? null : PACKS.get(pack);
        if (p == null) {
            return this;
        }
        return new Targets(pack, or(reliefHours, p.reliefHours), or(warningCoverage, p.warningCoverage),
                or(deathsPerMillion, p.deathsPerMillion), or(affectedPer100k, p.affectedPer100k));
    }

    private static Double or(Double a, Double b) {
        return a != null ? a : b;
    }
}
