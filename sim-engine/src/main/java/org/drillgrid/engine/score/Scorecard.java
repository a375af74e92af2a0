package org.drillgrid.engine.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Targets;

/**
 * An exercise's scorecard ({@code scorecard.json}, docs/scoring.md): per objective its criteria with value,
 * target, whether met and the evidence (events with their times); every scripted inject with when and how
 * it fired and the expected actions it got; the orders given. Ratings: {@code automatic} from the share of
 * automatic criteria met (all P, 2/3 S, 1/3 M, less U), {@code observer} the latest observer rating,
 * {@code overall} the worse of the two.
 */
@JsonPropertyOrder({"scenario", "seed", "until", "policy", "targets", "objectives", "injects", "orders"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scorecard(String scenario, long seed, long until, String policy, Targets targets,
        List<ObjectiveScore> objectives, List<InjectScore> injects, OrderFigures orders) {

    @JsonPropertyOrder({"id", "name", "capabilities", "automatic", "observer", "overall", "criteria"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObjectiveScore(String id, LocalizedText name, List<String> capabilities, Rating automatic,
            Rating observer, Rating overall, List<CriterionScore> criteria) {
    }

    /**
     * One criterion: {@code type} kpi, actions or observer. For a KPI its {@code value} (shares in percent)
     * and the bound it was held to; for actions the count met of expected ({@code value} = met,
     * {@code of}); for observer the rating and note.
     */
    @JsonPropertyOrder({"type", "kpi", "value", "of", "unit", "atLeast", "atMost", "met", "rating", "note", "evidence"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionScore(String type, String kpi, Double value, Integer of, String unit, Double atLeast,
            Double atMost, Boolean met, Rating rating, String note, List<Evidence> evidence) {
    }

    /**
     * An event behind a number: its time (null for a whole-run figure), type and what it says ({@code detail},
     * English). Evidence of an expected action also carries {@code code} and {@code args}, for a view to say it
     * in its reader's language: {@code taken-in-time} (seq, order, role, seconds after, inject),
     * {@code taken-early} (seq, order, role, seconds before, inject), {@code not-taken} (order, target or
     * empty, window seconds, inject), {@code never-fired} (inject).
     */
    @JsonPropertyOrder({"t", "event", "detail", "code", "args"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(Long t, String event, String detail, String code, List<String> args) {

        public static final String TAKEN_IN_TIME = "taken-in-time";
        public static final String TAKEN_EARLY = "taken-early";
        public static final String NOT_TAKEN = "not-taken";
        public static final String NEVER_FIRED = "never-fired";
        /** args: relieved, affected, judged, target hours, too late to judge. */
        public static final String RELIEVED = "relieved";
        /** args: warned in time, at risk. */
        public static final String WARNED = "warned";
        /** args: deaths, population. */
        public static final String DEATHS = "deaths";
        /** args: affected, population. */
        public static final String AFFECTED = "affected";
        /** args: none. */
        public static final String EVACUATED = "evacuated";
        /** args: trapped in all, rescued. */
        public static final String TRAPPED = "trapped";
        /** args: rating, inject (may be null). */
        public static final String RATED = "rated";

        /** Evidence in words only. */
        public Evidence(Long t, String event, String detail) {
            this(t, event, detail, null, null);
        }
    }

    @JsonPropertyOrder({"id", "firedAt", "trigger", "audience", "expected"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InjectScore(String id, Long firedAt, String trigger, List<String> audience,
            List<ActionScore> expected) {
    }

    /**
     * An expected action: the order type (and target) within the window; taken by which order, when.
     * {@code earlyFrom}: the start of the look-back in which an order given before the inject counts (sim s;
     * absent when none counts); {@code early}: true when the action was met by such an order.
     */
    @JsonPropertyOrder({"order", "target", "withinSeconds", "earlyFrom", "met", "early", "takenAt", "seq", "role"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionScore(String order, String target, long withinSeconds, Long earlyFrom, boolean met,
            Boolean early, Long takenAt, Integer seq, String role) {

        /** Whether it was met by an order given before the inject. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean takenEarly() {
            return Boolean.TRUE.equals(early);
        }
    }

    @JsonPropertyOrder({"issued", "rejected", "byRole", "rejections"})
    public record OrderFigures(int issued, int rejected, Map<String, Integer> byRole, List<Evidence> rejections) {
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    public static Scorecard readJson(Path file) throws IOException {
        return Json.mapper().readValue(file.toFile(), Scorecard.class);
    }
}
