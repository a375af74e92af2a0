package org.drillgrid.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.cli.CliRun;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.engine.score.Scorecard.ActionScore;
import org.drillgrid.engine.score.Scorecard.CriterionScore;
import org.drillgrid.engine.score.Scorecard.ObjectiveScore;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard against the drill test town (xinyang targets; inject water-in-hollow expects an evacuation to
 * hill-school within 30 min): expected actions in and out of their window, KPI bounds from the targets,
 * ratings from the share met and the observer, and a whole run through the command line.
 */
class ScoringTest {

    private static final long FIRED = 3000;
    private static final long WINDOW = 1800;
    private static final LocalizedText TEXT = LocalizedText.of("message");

    @TempDir
    Path dir;

    private static Path scenarioFile() {
        try {
            return Path.of(ScoringTest.class.getResource("/drill/scenario.json").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The drill town's document, with {@code extraObjectives} (JSON array) appended to its objectives. */
    private static Scenario scenario(String extraObjectives) throws IOException {
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(scenarioFile().toFile());
        if (extraObjectives != null) {
            com.fasterxml.jackson.databind.node.ArrayNode objectives =
                    (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("drill").get("objectives");
            for (JsonNode o : Json.mapper().readTree(extraObjectives)) {
                objectives.add(o);
            }
        }
        return Json.mapper().treeToValue(doc, Scenario.class);
    }

    /** Indicators with a warning coverage, a death count among 10 000 people and people still trapped. */
    private static Kpis kpis(Double coverage, long deaths, long stillTrapped) {
        return new Kpis("none", 10_000, 3000,
                new Kpis.Relief(8.0, null, null, null, null, 0, 0, 0, 0, null),
                new Kpis.Warning(0.95, coverage, null, 1000, coverage == null ? 0 : Math.round(coverage * 1000), 0),
                null, deaths, 0, new Kpis.Trapped(stillTrapped, 0, null, stillTrapped), 0, 0,
                deaths * 100.0, List.of(), Map.of(), Map.of(), Map.of());
    }

    private static InjectFired hollowFired() {
        return new InjectFired(FIRED, "water-in-hollow", "when water-depth", "report", List.of("dispatch"), TEXT);
    }

    private static OrderIssued evacuation(int seq, long t, String shelter) {
        return new OrderIssued(t + 60, seq, "evacuation",
                new Order.Evacuate(t, "evacuation", AreaRef.place("hollow"), shelter, null));
    }

    private static Scorecard score(Scenario s, List<SimEvent> events, Kpis kpis, List<ObserverRating> ratings) {
        return Scoring.score(s, 1, 4 * 3600, "none", events, kpis, ratings);
    }

    private static ActionScore hollowAction(Scorecard card) {
        return card.injects().stream().filter(i -> i.id().equals("water-in-hollow")).findFirst().orElseThrow()
                .expected().get(0);
    }

    private static ObjectiveScore objective(Scorecard card, String id) {
        return card.objectives().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anExpectedActionIsMetByAMatchingOrderInsideItsWindowOnly() throws IOException {
        Scenario s = scenario(null);
        Kpis k = kpis(1.0, 0, 0);
        ActionScore onTheEdge = hollowAction(score(s, List.of(hollowFired(), evacuation(1, FIRED + WINDOW, "hill-school")),
                k, List.of()));
        assertTrue(onTheEdge.met(), "30 min after the inject is still inside");
        assertEquals(FIRED + WINDOW, onTheEdge.takenAt(), "the time the order was given, not when it was logged");
        assertEquals(1, onTheEdge.seq());
        assertEquals("evacuation", onTheEdge.role());
        assertEquals(WINDOW, onTheEdge.withinSeconds());

        assertFalse(hollowAction(score(s, List.of(hollowFired(), evacuation(1, FIRED + WINDOW + 1, "hill-school")), k,
                List.of())).met(), "one second late");
        assertFalse(hollowAction(score(s, List.of(evacuation(1, FIRED - 60, "hill-school"), hollowFired()), k,
                List.of())).met(), "before the inject");
        assertFalse(hollowAction(score(s, List.of(hollowFired(), evacuation(1, FIRED + 60, "hollow-school")), k,
                List.of())).met(), "to another shelter");
        ActionScore refusedOnly = hollowAction(score(s, List.of(hollowFired(), new OrderRejected(FIRED + 120, 1,
                "evacuation", new Order.Evacuate(FIRED + 60, "evacuation", AreaRef.place("hollow"), "hill-school", null),
                "shelter 'hill-school' is closed")), k, List.of()));
        assertFalse(refusedOnly.met(), "a refused order does not count");
        assertFalse(hollowAction(score(s, List.of(evacuation(1, FIRED, "hill-school")), k, List.of())).met(),
                "the inject never fired");

        ActionScore second = hollowAction(score(s, List.of(hollowFired(), evacuation(1, FIRED + 60, "hollow-school"),
                evacuation(2, FIRED + 120, "hill-school")), k, List.of()));
        assertTrue(second.met());
        assertEquals(2, second.seq(), "the first matching order");
    }

    // ---- expected actions taken before the inject

    /** The drill town with {@code expect} (a JSON array) set on inject {@code id}, and an objective on it. */
    private static Scenario expecting(String id, String expect, String id2, String expect2) throws IOException {
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(scenarioFile().toFile());
        for (JsonNode inj : doc.get("drill").get("injects")) {
            String at = inj.get("id").asText();
            if (at.equals(id) || at.equals(id2)) {
                ((ObjectNode) inj).set("expect", Json.mapper().readTree(at.equals(id) ? expect : expect2));
            }
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("drill").get("objectives")).add(Json.mapper().readTree(
                "{\"id\": \"obj-" + id + "\", \"name\": {\"en\": \"x\"}, \"criteria\": [{\"type\": \"actions\", "
                        + "\"injects\": [\"" + id + "\"]}]}"));
        return Json.mapper().treeToValue(doc, Scenario.class);
    }

    private static final String WARN_WITHIN_AN_HOUR = "[{\"order\": \"warn\", \"within\": \"1h\"}]";
    /** Inject "spare" is a scripted message at 3h55m; "power-cut" one at 25m. */
    private static final long SPARE = 14_100;
    private static final long POWER_CUT = 1_500;

    private static InjectFired timed(String id, long t) {
        return new InjectFired(t, id, "at", "report", List.of("dispatch"), TEXT);
    }

    private static OrderIssued warning(int seq, long t) {
        return new OrderIssued(t + 60, seq, "publicity", new Order.Warn(t, "publicity", AreaRef.place("hollow"), 3, null));
    }

    private static ActionScore action(Scorecard card, String inject) {
        return card.injects().stream().filter(i -> i.id().equals(inject)).findFirst().orElseThrow().expected().get(0);
    }

    @Test
    void aWarningGivenBeforeATimedInjectMeetsItsExpectationAndIsMarkedTakenEarly() throws IOException {
        Scenario s = expecting("spare", WARN_WITHIN_AN_HOUR, null, null);
        long given = 6_360; // 01:46, more than two hours before the inject, as in the Xinzheng finding
        Scorecard card = score(s, List.of(warning(1, given), timed("spare", SPARE)), kpis(1.0, 0, 0), List.of());
        ActionScore a = action(card, "spare");
        assertTrue(a.met(), "the public was warned already when the message came");
        assertEquals(Boolean.TRUE, a.early());
        assertEquals(given, a.takenAt());
        assertEquals(1, a.seq());
        assertEquals("publicity", a.role());
        assertEquals(0L, a.earlyFrom(), "no earlier inject asked for a warning: from the start of the run");

        CriterionScore c = objective(card, "obj-spare").criteria().get(0);
        assertTrue(c.met());
        assertEquals(Rating.P, objective(card, "obj-spare").automatic());
        Scorecard.Evidence e = c.evidence().get(0);
        assertEquals(Scorecard.Evidence.TAKEN_EARLY, e.code());
        assertEquals(List.of("1", "warn", "publicity", Long.toString(SPARE - given), "spare"), e.args());
        assertEquals(given, e.t());
        assertEquals("#1 warn by publicity, 7740 s before spare (taken early)", e.detail());

        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(card));
        JsonNode written = null;
        for (JsonNode inj : json.get("injects")) {
            written = inj.get("id").asText().equals("spare") ? inj.get("expected").get(0) : written;
        }
        assertTrue(written.get("early").asBoolean(), "the flag is in scorecard.json: " + written);
    }

    @Test
    void anOrderInsideTheWindowIsPreferredToAnEarlyOneAndIsNotMarkedEarly() throws IOException {
        Scenario s = expecting("spare", WARN_WITHIN_AN_HOUR, null, null);
        ActionScore a = action(score(s, List.of(warning(1, 6_360), timed("spare", SPARE), warning(2, SPARE + 600)),
                kpis(1.0, 0, 0), List.of()), "spare");
        assertTrue(a.met());
        assertNull(a.early());
        assertEquals(2, a.seq());
        assertEquals(Scorecard.Evidence.TAKEN_IN_TIME, objective(score(s, List.of(warning(1, 6_360), timed("spare", SPARE),
                warning(2, SPARE + 600)), kpis(1.0, 0, 0), List.of()), "obj-spare").criteria().get(0).evidence().get(0)
                .code());
    }

    @Test
    void anEarlyOrderCountsOnlyAfterTheWindowOfTheLastInjectThatAskedForTheSame() throws IOException {
        Scenario s = expecting("spare", WARN_WITHIN_AN_HOUR, "power-cut", WARN_WITHIN_AN_HOUR);
        Kpis k = kpis(1.0, 0, 0);
        List<SimEvent> answeredTheFirst = List.of(timed("power-cut", POWER_CUT), warning(1, 1_800), timed("spare", SPARE));
        Scorecard card = score(s, answeredTheFirst, k, List.of());
        assertTrue(action(card, "power-cut").met());
        assertNull(action(card, "power-cut").early());
        ActionScore spare = action(card, "spare");
        assertEquals(POWER_CUT + 3600 + 1, spare.earlyFrom(), "from the end of power-cut's window");
        assertFalse(spare.met(), "the warning answered power-cut, not the later message");
        assertEquals(Scorecard.Evidence.NOT_TAKEN, objective(card, "obj-spare").criteria().get(0).evidence().get(0).code());

        ActionScore again = action(score(s, List.of(timed("power-cut", POWER_CUT), warning(1, 1_800),
                warning(2, 7_200), warning(3, 8_000), timed("spare", SPARE)), k, List.of()), "spare");
        assertTrue(again.met());
        assertEquals(Boolean.TRUE, again.early());
        assertEquals(3, again.seq(), "the last warning before the inject");
    }

    @Test
    void anInjectOnAConditionCountsNoEarlyOrderUnlessItsExpectationLooksBack() throws IOException {
        Scenario plain = scenario(null);
        ActionScore before = hollowAction(score(plain, List.of(evacuation(1, FIRED - 60, "hill-school"), hollowFired()),
                kpis(1.0, 0, 0), List.of()));
        assertFalse(before.met(), "the water was not yet half a metre deep: the order did not answer it");
        assertNull(before.earlyFrom());

        Scenario lookingBack = expecting("water-in-hollow",
                "[{\"order\": \"evacuate\", \"target\": \"hill-school\", \"within\": \"30m\", \"lookBack\": \"10m\"}]",
                null, null);
        ActionScore early = hollowAction(score(lookingBack, List.of(evacuation(1, FIRED - 600, "hill-school"),
                hollowFired()), kpis(1.0, 0, 0), List.of()));
        assertTrue(early.met(), "ten minutes before, edge included");
        assertEquals(Boolean.TRUE, early.early());
        assertEquals(FIRED - 600, early.earlyFrom());
        assertFalse(hollowAction(score(lookingBack, List.of(evacuation(1, FIRED - 601, "hill-school"), hollowFired()),
                kpis(1.0, 0, 0), List.of())).met(), "one second before the look-back");
    }

    @Test
    void aKpiWithoutABoundIsHeldToTheScenarioTarget() throws IOException {
        Scenario s = scenario(null);
        CriterionScore met = objective(score(s, List.of(), kpis(0.95, 0, 0), List.of()), "obj-warning").criteria().get(0);
        assertEquals("warning-coverage", met.kpi());
        assertEquals(95.0, met.atLeast(), "the xinyang pack's warning coverage");
        assertNull(met.atMost());
        assertEquals(95.0, met.value());
        assertTrue(met.met());
        CriterionScore missed = objective(score(s, List.of(), kpis(0.9499, 0, 0), List.of()), "obj-warning").criteria()
                .get(0);
        assertEquals(94.99, missed.value());
        assertFalse(missed.met());
        CriterionScore nobody = objective(score(s, List.of(), kpis(null, 0, 0), List.of()), "obj-warning").criteria()
                .get(0);
        assertFalse(nobody.met(), "no value is not a pass");
    }

    private static final String THREE = """
            [{"id": "obj-three", "name": {"en": "Three automatic criteria"}, "criteria": [
              {"type": "kpi", "kpi": "warning-coverage", "atLeast": 50},
              {"type": "kpi", "kpi": "deaths-per-million"},
              {"type": "kpi", "kpi": "trapped-at-end", "atMost": 0},
              {"type": "observer", "guide": {"en": "not counted as automatic"}}]}]""";

    @Test
    void theAutomaticRatingFollowsTheShareOfCriteriaMet() throws IOException {
        Scenario s = scenario(THREE);
        assertEquals(Rating.P, objective(score(s, List.of(), kpis(0.9, 0, 0), List.of()), "obj-three").automatic());
        assertEquals(Rating.S, objective(score(s, List.of(), kpis(0.9, 0, 3), List.of()), "obj-three").automatic());
        assertEquals(Rating.M, objective(score(s, List.of(), kpis(0.9, 2, 3), List.of()), "obj-three").automatic(),
                "2 deaths in 10 000 is 200 per million, above the pack's 1");
        assertEquals(Rating.U, objective(score(s, List.of(), kpis(0.1, 2, 3), List.of()), "obj-three").automatic());
        ObjectiveScore unrated = objective(score(s, List.of(), kpis(0.9, 0, 0), List.of()), "obj-three");
        assertNull(unrated.observer());
        assertEquals(Rating.P, unrated.overall(), "an observer who has not rated yet does not pull it down");
    }

    @Test
    void theOverallRatingIsTheWorseOfTheAutomaticAndTheObserversLatest() throws IOException {
        Scenario s = scenario(null);
        List<SimEvent> done = List.of(hollowFired(), evacuation(1, FIRED + 60, "hill-school"));
        List<ObserverRating> ratings = List.of(
                new ObserverRating(4000L, "obj-hollow", null, Rating.P, "early", "olga"),
                new ObserverRating(9000L, "obj-hollow", "water-in-hollow", Rating.M, "slow to clear", "olga"),
                new ObserverRating(5000L, "obj-hollow", null, Rating.S, "", "olga"));
        ObjectiveScore o = objective(score(s, done, kpis(1.0, 0, 0), ratings), "obj-hollow");
        assertEquals(Rating.P, o.automatic(), "the evacuation came in time");
        assertEquals(Rating.M, o.observer(), "the latest rating");
        assertEquals(Rating.M, o.overall());

        ObjectiveScore late = objective(score(s, List.of(hollowFired()), kpis(1.0, 0, 0),
                List.of(new ObserverRating(9000L, "obj-hollow", null, Rating.P, "fine", "olga"))), "obj-hollow");
        assertEquals(Rating.U, late.automatic());
        assertEquals(Rating.P, late.observer());
        assertEquals(Rating.U, late.overall());
    }

    // ---- a whole run through the command line

    private static long lines(List<String> log, String type) {
        return log.stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).count();
    }

    @Test
    void theScorecardOfACommandLineRunAgreesWithItsEventLogAndTheRunReplays() throws IOException {
        Path orders = Files.writeString(dir.resolve("orders.jsonl"), String.join("\n",
                "# two accepted, two refused",
                "{\"t\": 300, \"role\": \"commander\", \"type\": \"set-response-level\", \"level\": \"III\"}",
                "{\"t\": 600, \"role\": \"commander\", \"type\": \"request-reinforcement\", \"team\": \"army\"}",
                "{\"t\": 900, \"role\": \"evacuation\", \"type\": \"evacuate\", \"area\": \"hollow\", \"shelter\": \"hall\"}",
                "{\"t\": 3600, \"role\": \"evacuation\", \"type\": \"evacuate\", \"area\": \"hollow\", \"shelter\": \"hill-school\"}",
                ""));
        Path out = dir.resolve("run");
        CliRun run = CliRun.of("run", scenarioFile().toString(), "--seed", "4", "--until", "2h", "--orders", orders.toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(0, run.code(), run.err());

        List<String> log = Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8);
        Scorecard card = Scorecard.readJson(out.resolve("scorecard.json"));
        assertEquals(2, lines(log, "order-issued"));
        assertEquals(lines(log, "order-issued"), card.orders().issued());
        assertEquals(lines(log, "order-rejected"), card.orders().rejected());
        assertEquals(Map.of("commander", 2, "evacuation", 2), card.orders().byRole());

        Map<String, Long> firedAt = new HashMap<>();
        for (SimEvent e : EventLogReader.readAll(new StringReader(String.join("\n", log)))) {
            if (e instanceof InjectFired f) {
                firedAt.put(f.inject(), f.t());
            }
        }
        assertTrue(firedAt.containsKey("water-in-hollow") && firedAt.containsKey("power-cut"), firedAt.toString());
        assertEquals(9, card.injects().size());
        for (Scorecard.InjectScore i : card.injects()) {
            assertEquals(firedAt.get(i.id()), i.firedAt(), i.id());
        }

        CliRun again = CliRun.of("replay", out.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().startsWith("replay identical"), again.out());

        byte[] bytes = Files.readAllBytes(out.resolve("events.jsonl"));
        int k = bytes.length / 2;
        while (!Character.isDigit(bytes[k])) {
            k++;
        }
        bytes[k] = (byte) (bytes[k] == '9' ? '8' : bytes[k] + 1);
        Files.write(out.resolve("events.jsonl"), bytes);
        CliRun tampered = CliRun.of("replay", out.toString());
        assertEquals(1, tampered.code(), tampered.out() + tampered.err());
        assertTrue(tampered.out().contains("replay DIFFERS"), tampered.out());
    }
}
