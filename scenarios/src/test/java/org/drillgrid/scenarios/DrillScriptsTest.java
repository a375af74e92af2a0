package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.cli.Cli;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The bundled drills are complete exercises: enough injects, state-triggered ones among them, objectives
 * with every kind of criterion, sensors and officers; and a scripted order file gives a scorecard whose
 * numbers are the event log's, and a run that replays to the same bytes.
 */
class DrillScriptsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void eachBundledDrillHasEightInjectsThreeOfThemStateTriggered(String id) {
        Drill d = Bundled.load(id).scenario().drillOrEmpty();
        List<Inject> injects = d.injectsOrEmpty();
        assertTrue(injects.size() >= 8, id + ": " + injects.size() + " injects");
        long triggered = injects.stream().filter(i -> i.when() != null).count();
        assertTrue(triggered >= 3, id + ": " + triggered + " state-triggered injects");
        assertTrue(injects.stream().anyMatch(i -> i.after() != null), id + ": no chained inject");
        assertTrue(injects.stream().anyMatch(i -> i.effect() != null), id + ": no inject changes the world");
        assertTrue(injects.stream().filter(i -> !i.expectOrEmpty().isEmpty()).count() >= 5, id + ": expectations");
        assertTrue(d.objectivesOrEmpty().size() >= 4, id + ": objectives");
        assertTrue(d.sensorsOrEmpty().size() >= 3, id + ": sensors");
        assertTrue(d.informants() != null && !d.informants().placesOrEmpty().isEmpty(), id + ": officers");
        assertTrue(Bundled.load(id).scenario().targetsOrNone().reliefHours() != null, id + ": targets");
    }

    private int cli(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    /**
     * The finding of issue 17: a warning given at 01:46, before the orange-warning inject of 04:00, was scored "no
     * warn within 60 minutes of xz-orange-warning". It meets the expectation, marked taken early.
     */
    @Test
    void xinzhengAWarningBeforeTheOrangeWarningInjectIsScoredAsMetTakenEarly() throws Exception {
        Path orders = tmp.resolve("early.jsonl");
        Files.writeString(orders, "{\"t\": 6360, \"role\": \"publicity\", \"type\": \"warn\", \"area\": \"city-centre\", "
                + "\"level\": 2}\n");
        Path dir = tmp.resolve("early");
        assertEquals(0, cli("run", "xinzheng-720-rainstorm", "--orders", orders.toString(), "--until", "5h", "--out",
                dir.toString(), "--quiet"));
        Scorecard card = Scorecard.readJson(dir.resolve("scorecard.json"));
        Scorecard.InjectScore orange = card.injects().stream().filter(i -> i.id().equals("xz-orange-warning"))
                .findFirst().orElseThrow();
        assertEquals(14_400L, orange.firedAt());
        Scorecard.ActionScore warn = orange.expected().stream().filter(a -> a.order().equals("warn")).findFirst()
                .orElseThrow();
        assertTrue(warn.met(), "the public was warned already");
        assertTrue(warn.takenEarly());
        assertEquals(6_360L, warn.takenAt());
        Scorecard.Evidence evidence = card.objectives().stream().flatMap(o -> o.criteria().stream())
                .filter(c -> "actions".equals(c.type())).flatMap(c -> c.evidence().stream())
                .filter(e -> Scorecard.Evidence.TAKEN_EARLY.equals(e.code())).findFirst().orElseThrow();
        assertEquals(List.of("1", "warn", "publicity", "8040", "xz-orange-warning"), evidence.args());
        assertEquals(0, cli("replay", dir.toString()));
    }

    @Test
    void xinzhengWithTheExampleOrdersGivesAScorecardAndReportMatchingItsEvents() throws Exception {
        Path orders = tmp.resolve("orders.jsonl");
        try (var in = DrillScriptsTest.class.getResourceAsStream("/scenarios/xinzheng-720-rainstorm/orders-example.jsonl")) {
            Files.copy(in, orders);
        }
        Path dir = tmp.resolve("run");
        assertEquals(0, cli("run", "xinzheng-720-rainstorm", "--orders", orders.toString(), "--out", dir.toString(),
                "--quiet"));
        List<SimEvent> events;
        try (var r = Files.newBufferedReader(dir.resolve("events.jsonl"))) {
            events = EventLogReader.readAll(r);
        }
        Scorecard card = Scorecard.readJson(dir.resolve("scorecard.json"));
        long issued = events.stream().filter(e -> e.type().equals("order-issued")).count();
        long rejected = events.stream().filter(e -> e.type().equals("order-rejected")).count();
        long lines = Files.readAllLines(orders).stream().filter(l -> l.startsWith("{")).count();
        assertEquals(lines, issued + rejected, "every scripted order was decided");
        assertEquals(issued, card.orders().issued());
        assertEquals(rejected, card.orders().rejected());
        assertTrue(rejected >= 1, "the example has an order for a team that does not exist");
        Map<String, Long> fired = new HashMap<>();
        for (SimEvent e : events) {
            if (e instanceof InjectFired f) {
                fired.put(f.inject(), f.t());
            }
        }
        for (Scorecard.InjectScore s : card.injects()) {
            assertEquals(fired.get(s.id()), s.firedAt(), s.id());
        }
        long stateTriggered = card.injects().stream().filter(s -> s.trigger() != null && s.trigger().startsWith("when"))
                .count();
        assertTrue(stateTriggered >= 3, "state-triggered injects fired: " + stateTriggered);
        assertEquals(6, card.objectives().size());
        assertEquals(0, cli("replay", dir.toString()));
        Path html = tmp.resolve("report.html");
        assertEquals(0, cli("report", dir.toString(), "--out", html.toString(), "--lang", "en"));
        String report = Files.readString(html);
        org.drillgrid.engine.text.Describer names = org.drillgrid.engine.text.Describer.of(
                ScenarioLoader.parse(ScenarioCatalog.bundled().source("xinzheng-720-rainstorm").orElseThrow()), "en");
        for (Scorecard.InjectScore s : card.injects()) {
            if (s.firedAt() != null) {
                String title = names.inject(s.id()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#39;");
                assertTrue(report.contains(title), "report names inject " + s.id() + " by its title " + title);
                assertFalse(report.contains(s.id()), "and not by its id " + s.id());
            }
        }
    }
}
