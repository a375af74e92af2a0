package org.drillgrid.model.scenario;

/**
 * The plan targets an exercise is scored against. Every field optional; absent means "not scored".
 * {@code reliefHours}: affected people receive basic living relief within this many hours (Xinyang 8,
 * Xinzheng 9). {@code warningCoverage}: percent (0-100) of the at-risk population warned before the hazard
 * reached them (Xinyang 95, Xinzheng 92). {@code deathsPerMillion}, {@code affectedPer100k}: casualty
 * and affected-person indicators (both plans: below 1 and 15 000).
 */
public record Targets(Double reliefHours, Double warningCoverage, Double deathsPerMillion, Double affectedPer100k) {
}
