package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drillgrid.cli.Cli;
import picocli.CommandLine;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The after-action report of a whole Xinzheng exercise reads as a Chinese document: no id of the scenario's
 * teams, shelters, depots, places, injects or positions, no JSON, no engine English; orders carry the
 * engine's number, and a warning given before the orange-warning inject is scored as taken early. The
 * English report reads as English.
 */
class ChineseReportTest {

    @TempDir
    static Path tmp;

    private static Path run;
    private static List<SimEvent> events;
    private static Scenario scenario;

    /** Files the summary names, which are not words. */
    private static final Pattern FILE = Pattern.compile("[\\w./*-]+\\.(jsonl|json|csv|asc)");
    /** Latin words of three letters or more: engine English, ids. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_-]{2,}");
    /**
     * What a Chinese report may still write in Latin letters: the hash's name, and the levee id the orders
     * file typed (not one of the scenario's: an order names what its sender typed).
     */
    private static final Set<String> ALLOWED = Set.of("SHA-", "west-levee");

    @BeforeAll
    static void runTheExercise() throws Exception {
        scenario = ScenarioLoader.parse(ScenarioCatalog.bundled().source("xinzheng-720-rainstorm").orElseThrow());
        Path orders = tmp.resolve("orders.jsonl");
        Files.writeString(orders, String.join("\n",
                // warned at 07:00, three hours before the 10:00 orange-warning inject that expects a warning
                "{\"t\": 3600, \"role\": \"publicity\", \"type\": \"warn\", \"area\": \"city-centre\", \"level\": 2,"
                        + " \"channels\": [\"cell-broadcast\"]}",
                "{\"t\": 14700, \"role\": \"dispatch\", \"type\": \"set-response-level\", \"level\": \"III\"}",
                "{\"t\": 14800, \"role\": \"dispatch\", \"type\": \"set-response-level\", \"level\": \"III\"}",
                "{\"t\": 24000, \"role\": \"dispatch\", \"type\": \"five-stops\", \"area\": \"city-centre\"}",
                "{\"t\": 24900, \"role\": \"evacuation\", \"type\": \"evacuate\", \"area\": \"old-town\","
                        + " \"shelter\": \"xz-shelter-xuanyuan-lake\"}",
                "{\"t\": 29100, \"role\": \"rescue\", \"type\": \"dispatch-team\", \"team\": \"xz-fire-rescue\","
                        + " \"task\": \"rescue\", \"area\": \"old-town\"}",
                "{\"t\": 29150, \"role\": \"rescue\", \"type\": \"dispatch-team\", \"team\": \"xz-fire-rescue\","
                        + " \"task\": \"rescue\", \"area\": \"west-district\"}",
                "{\"t\": 29200, \"role\": \"rescue\", \"type\": \"dispatch-team\", \"team\": \"xz-city-comprehensive\","
                        + " \"task\": \"reinforce-levee\", \"levee\": \"west-levee\"}",
                "{\"t\": 30000, \"role\": \"materials\", \"type\": \"dispatch-materials\", \"depot\": \"xz-depot-relief\","
                        + " \"shelter\": \"xz-shelter-xuanyuan-lake\", \"items\": {\"water-bottles\": 2000}}",
                "{\"t\": 30100, \"role\": \"materials\", \"type\": \"dispatch-materials\", \"depot\": \"xz-depot-flood\","
                        + " \"shelter\": \"xz-shelter-xuanyuan-lake\", \"items\": {\"tents\": 10}}",
                "{\"t\": 30200, \"role\": \"evacuation\", \"type\": \"open-shelter\", \"shelter\": \"xz-shelter-sports-centre\"}",
                "{\"t\": 30300, \"role\": \"evacuation\", \"type\": \"open-shelter\", \"shelter\": \"xz-shelter-sports-centre\"}",
                "{\"t\": 30400, \"role\": \"security-traffic\", \"type\": \"close-road\", \"area\": \"railway-underpass\"}",
                "{\"t\": 30500, \"role\": \"security-traffic\", \"type\": \"close-road\", \"area\": \"railway-underpass\"}")
                + "\n");
        run = tmp.resolve("run");
        CliRun r = CliRun.of("run", "xinzheng-720-rainstorm", "--until", "10h", "--orders", orders.toString(), "--out",
                run.toString());
        assertEquals(0, r.code(), r.err());
        try (var in = Files.newBufferedReader(run.resolve("events.jsonl"))) {
            events = EventLogReader.readAll(in);
        }
    }

    /** One call of the command line: exit code and stderr. */
    private record CliRun(int code, String err) {

        static CliRun of(String... args) {
            java.io.StringWriter err = new java.io.StringWriter();
            CommandLine cl = Cli.commandLine();
            cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
            cl.setErr(new java.io.PrintWriter(err));
            return new CliRun(cl.execute(args), err.toString());
        }
    }

    private static String report(String lang) throws Exception {
        Path html = tmp.resolve("report-" + lang + ".html");
        CliRun r = CliRun.of("report", run.toString(), "--out", html.toString(), "--lang", lang);
        assertEquals(0, r.code(), r.err());
        // kept for a reader to look at: scenarios/target/xinzheng-report-LANG.html
        Files.copy(html, Path.of("target", "xinzheng-report-" + lang + ".html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return text(Files.readString(html));
    }

    /** The report's visible text: images, styles and tags removed, entities undone. */
    private static String text(String html) {
        return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("src=\"data:[^\"]*\"", "").replaceAll("(?s)<[^>]*>", " ").replace("&quot;", "\"")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>(Positions.TASK_GROUPS);
        var forces = scenario.forcesOrNone();
        forces.teamsOrEmpty().forEach(t -> ids.add(t.id()));
        forces.sheltersOrEmpty().forEach(s -> ids.add(s.id()));
        forces.depotsOrEmpty().forEach(d -> ids.add(d.id()));
        scenario.drillOrEmpty().placesOrEmpty().forEach(p -> ids.add(p.id()));
        scenario.drillOrEmpty().injectsOrEmpty().forEach(i -> ids.add(i.id()));
        scenario.drillOrEmpty().sensorsOrEmpty().forEach(s -> ids.add(s.id()));
        return ids;
    }

    @Test
    void theChineseReportHasNoIdsNoJsonAndNoEngineEnglish() throws Exception {
        String zh = report("zh");
        for (String id : ids()) {
            assertTrue(!Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(zh).find(),
                    "the id '" + id + "' is in the Chinese report");
        }
        assertTrue(!zh.contains("{\""), "JSON in the Chinese report");
        Set<String> latin = new TreeSet<>();
        Matcher m = WORD.matcher(FILE.matcher(zh).replaceAll(" "));
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                latin.add(m.group());
            }
        }
        assertEquals(Set.of(), latin, "Latin words in the Chinese report");
        assertTrue(zh.contains("铁路下穿通道") && zh.contains("轩辕湖公园应急避难场所"), "places and shelters by name");
        assertTrue(zh.contains("10 小时 / 10 小时"), "the duration in Chinese units");
    }

    @Test
    void everyOrderCarriesTheEnginesNumberAndTheEarlyWarningCountsAsTakenEarly() throws Exception {
        String zh = report("zh");
        OrderIssued early = events.stream().filter(OrderIssued.class::isInstance).map(OrderIssued.class::cast)
                .filter(o -> o.order().typeName().equals("warn")).findFirst().orElseThrow();
        assertTrue(zh.contains("指令 #" + early.seq() + "（宣传报道专班）：发布预警：市中心"), zh);
        assertTrue(zh.contains("指令 #" + early.seq() + " 发布预警（宣传报道专班）早于注入「暴雨预警升级为橙色」180 分钟下达（提前处置）"),
                "the early warning is evidence, by its number: " + zh);
        long refused = events.stream().filter(OrderRejected.class::isInstance).count();
        assertTrue(refused >= 5, "the orders file has refusals of several codes: " + refused);
        for (SimEvent e : events) {
            if (e instanceof OrderRejected r) {
                assertTrue(zh.contains("指令 #" + r.seq() + "（"), "refused order #" + r.seq() + " is in the timeline");
            }
        }
        assertTrue(zh.contains("12:30（T+6:30）"), "times are local with the sim time beside (the red warning at 6:30)");
        assertTrue(zh.contains("缺口"), "a partial dispatch reports the shortfall");
    }

    @Test
    void theEnglishReportReadsAsEnglish() throws Exception {
        String en = report("en");
        assertTrue(!Pattern.compile("\\p{IsHan}").matcher(en).find() || en.contains("新郑"),
                "Chinese only in names the scenario gives only in Chinese");
        assertTrue(en.contains("Xuanyuan Lake Park emergency shelter (class II)"), "shelters by their English names");
        assertTrue(en.contains("(taken early)"), en);
        for (String id : List.of("xz-shelter-xuanyuan-lake", "xz-fire-rescue", "xz-orange-warning")) {
            assertTrue(!en.contains(id), id + " in the English report");
        }
    }
}
