package org.drillgrid.engine.kpi;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The response's indicators at the end of a run (docs/scoring.md defines each). Person-weighted: a
 * household of four counts four. {@code evidence} names the event types each indicator is computed
 * from; every household counted is listed by id in those events.
 */
@JsonPropertyOrder({"policy", "population", "households", "relief", "warning", "evacuatedShare", "deaths", "injured",
        "trapped", "affected", "affectedPer100k", "deathsPerMillion", "shelters", "depots", "teamUtilisation",
        "evidence"})
public record Kpis(String policy, long population, int households, Relief relief, Warning warning,
        Double evacuatedShare, long deaths, long injured, Trapped trapped, long affected, double affectedPer100k,
        double deathsPerMillion, List<ShelterFigures> shelters, Map<String, Map<String, Long>> depots,
        Map<String, Double> teamUtilisation, Map<String, List<String>> evidence) {

    /**
     * Relief time = relieved − affected, per person. {@code withinTargetShare}: of the affected people
     * whose deadline (affected + target) fell inside the run, the share relieved by it; {@code pending}
     * affected too late to judge. Hours are over relieved people; null when nobody was relieved.
     */
    @JsonPropertyOrder({"targetHours", "withinTargetShare", "medianHours", "p90Hours", "maxHours", "affected",
            "relieved", "judged", "pending", "slowestHousehold"})
    public record Relief(Double targetHours, Double withinTargetShare, Double medianHours, Double p90Hours,
            Double maxHours, long affected, long relieved, long judged, long pending, Integer slowestHousehold) {
    }

    /**
     * At risk: people whose home the water reached ({@code affected} depth). Coverage: the share of them
     * warned before it did; lead time over those warned in time. {@code target} is a share (0..1).
     */
    @JsonPropertyOrder({"target", "coverage", "medianLeadMinutes", "atRisk", "warnedInTime", "warnedAtAll"})
    public record Warning(Double target, Double coverage, Double medianLeadMinutes, long atRisk, long warnedInTime,
            long warnedAtAll) {
    }

    @JsonPropertyOrder({"total", "rescued", "medianRescueHours", "stillTrapped"})
    public record Trapped(long total, long rescued, Double medianRescueHours, long stillTrapped) {
    }

    @JsonPropertyOrder({"id", "capacity", "occupants", "peak", "open", "food", "water"})
    public record ShelterFigures(String id, long capacity, long occupants, long peak, boolean open, long food,
            long water) {
    }
}
