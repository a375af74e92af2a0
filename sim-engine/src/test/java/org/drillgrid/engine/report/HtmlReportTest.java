package org.drillgrid.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.drillgrid.model.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the hand-written run folder: every number it prints is checked against the fixture
 * files, read here on their own (raw lines and JSON trees), not through the report's reader.
 */
class HtmlReportTest {

    private static final Pattern PNG = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void copyFixture() throws IOException {
        dir = RunFixture.copyTo(tmp.resolve("run"));
    }

    private String html(String lang) throws Exception {
        return HtmlReport.render(AfterActionReport.build(RunFolder.read(dir), Labels.of(lang)));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private List<JsonNode> events(String type) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
            JsonNode n = Json.mapper().readTree(line);
            if (type.equals(n.get("type").asText())) {
                out.add(n);
            }
        }
        return out;
    }

    @Test
    void timelineListsEveryInjectWithItsTimeTitleAndMessage() throws Exception {
        String zh = section(html("zh"), "timeline");
        String en = section(html("en"), "timeline");
        List<JsonNode> fired = events("inject-fired");
        assertEquals(2, fired.size());
        for (JsonNode f : fired) {
            String message = f.get("message").get("zh").asText();
            String cells = "<td>" + RunFixture.simTime(f.get("t").asLong()) + "</td><td>情景注入</td><td>情景注入「"
                    + message + "」";
            assertTrue(zh.contains(cells), "timeline lacks " + cells + " in " + zh);
            assertTrue(en.contains(HtmlReport.esc(f.get("message").get("en").asText())));
            assertFalse(zh.contains(f.get("inject").asText()), "no inject id");
        }
        assertTrue(zh.contains("（按计划时间，传真，发送至 综合调度专班、宣传报道专班）"), "trigger, channel and audience in words");
        assertTrue(en.contains("(on schedule, fax, to Dispatch, Publicity)"), en);
        assertTrue(en.contains("(on condition: water reached the set depth, phone, to all positions)"), en);
    }

    @Test
    void timelineIsInTimeOrderAndShowsOnlyTheFirstFloodingOfAnUnderpass() throws Exception {
        String en = section(html("en"), "timeline");
        Matcher m = Pattern.compile("<tr[^>]*><td>T\\+(\\d+):(\\d\\d)</td>").matcher(en);
        long last = -1;
        int rows = 0;
        while (m.find()) {
            long t = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60;
            assertTrue(t >= last, "timeline out of order at " + m.group());
            last = t;
            rows++;
        }
        // 2 injects, 2 orders issued, 1 rejected, levee, outage, shelter lost, 1 underpass cell (flooded twice),
        // the end of the run
        assertEquals(10, rows);
        assertEquals(1, en.split("Underpass flooded", -1).length - 1);
        assertTrue(en.contains("order #2 (Rescue): Dispatch team: no-team · search and rescue · old-town, refused: no team"
                + " &#39;no-team&#39;"), "an uncoded refusal of an old log keeps its English reason in English: " + en);
        assertTrue(section(html("zh"), "timeline").contains("被拒绝：原因未编码，见事件日志"), "and says so in Chinese");
    }

    @Test
    void summaryCountsEqualTheLinesOfTheEventLog() throws Exception {
        String zh = section(html("zh"), "summary");
        assertTrue(zh.contains("<td>已触发情景注入</td><td>" + events("inject-fired").size() + "</td>"), zh);
        assertTrue(zh.contains("<td>已执行指令</td><td>" + events("order-issued").size() + "</td>"), zh);
        assertTrue(zh.contains("<td>被拒绝指令</td><td>" + events("order-rejected").size() + "</td>"), zh);
        JsonNode run = Json.mapper().readTree(dir.resolve("run.json").toFile());
        assertTrue(zh.contains("<td>随机种子</td><td>" + run.get("seed").asLong() + "</td>"));
        assertTrue(zh.contains(run.get("eventsSha256").asText() + " — 与 run.json 一致"));
        assertTrue(zh.contains("<td>情景</td><td>迷你内涝演练</td>"), zh);
        assertTrue(zh.contains("U 未能完成") && zh.contains("S 完成但存在一些挑战"), "HSEEP meanings");
    }

    @Test
    void everyCriterionValueAndTargetIsPrinted() throws Exception {
        String en = section(html("en"), "objectives");
        JsonNode card = Json.mapper().readTree(dir.resolve("scorecard.json").toFile());
        int criteria = 0;
        for (JsonNode o : card.get("objectives")) {
            assertTrue(en.contains(o.get("name").get("en").asText()));
            assertFalse(en.contains(o.get("id").asText()), "no objective id");
            for (JsonNode c : o.get("criteria")) {
                criteria++;
                if (c.has("value")) {
                    String v = plain(c.get("value").asDouble());
                    String printed = "actions".equals(c.get("type").asText()) ? v + " / " + c.get("of").asInt()
                            : v + " " + c.get("unit").asText();
                    assertTrue(en.contains("<td>" + printed + "</td>"), "criterion value " + printed);
                }
                if (c.has("atLeast")) {
                    assertTrue(en.contains("≥ " + plain(c.get("atLeast").asDouble())));
                }
                if (c.has("atMost")) {
                    assertTrue(en.contains("≤ " + plain(c.get("atMost").asDouble())));
                }
                for (JsonNode e : c.get("evidence")) {
                    // an old scorecard's evidence has no code: its recorded detail is shown
                    assertTrue(en.contains(HtmlReport.esc(e.get("detail").asText())), "evidence " + e);
                    if (e.has("t")) {
                        assertTrue(en.contains("<td>" + RunFixture.simTime(e.get("t").asLong()) + "</td>"));
                    }
                }
            }
        }
        assertEquals(4, criteria);
        assertTrue(en.contains("<tr class=\"bad\"><td>warning coverage</td>"));
        assertTrue(en.contains("<tr class=\"good\"><td>deaths per million</td>"));
    }

    @Test
    void findingsListMissedActionsRejectedOrdersAndOneCorrectiveActionEach() throws Exception {
        String en = section(html("en"), "findings");
        assertTrue(en.contains("Inject &quot;The weather office issues a blue rainstorm warning&quot;: Open shelter (sh-1)"
                + " given by another position at T+0:35, 5 min after the inject (window 10 min)"), en);
        assertTrue(en.contains("no Warning within 10 min of inject &quot;The weather office issues a blue rainstorm"
                + " warning&quot; (fired T+0:30)"), en);
        assertFalse(en.contains("inj-never"), "an inject that never fired tested nobody");
        assertTrue(en.contains("<td>Dispatch, Publicity</td><td>open</td><td></td>"), "position = inject audience");
        assertTrue(en.contains("<td>Rescue</td><td>open</td><td></td>"), "position = order role");
        assertTrue(en.contains("observer rated S performed with some challenges — handover to the night shift was slow"));
        String plan = en.substring(en.indexOf("Corrective-action plan"));
        // warning coverage not met, observer S, warn missed, dispatch-team rejected
        assertEquals(4, plan.split("<td>open</td>", -1).length - 1);
    }

    @Test
    void everyImageIsADecodablePngAndTheMapsShowTheDepths() throws Exception {
        String html = html("zh");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "self-contained");
        List<BufferedImage> images = new ArrayList<>();
        Matcher m = PNG.matcher(html);
        while (m.find()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertNotNull(img, "not a PNG");
            images.add(img);
        }
        assertEquals(2 + 3, images.size(), "people and flood charts, depth at 1800 and 3600 s, max depth");
        // the 4 x 3 fixture grid is drawn 200 px per cell from a 10 px margin; sample cell centres
        BufferedImage max = images.get(4);
        assertEquals(0xffffff, rgb(max, 0, 0), "0 m is dry: white");
        assertEquals(0xffffff, rgb(max, 1, 0), "0.05 m is under the 0.1 m wet threshold");
        assertEquals(DepthMap.NO_DATA.getRGB() & 0xffffff, rgb(max, 3, 0), "no data is grey");
        assertEquals(DepthMap.BLUES[0].getRGB() & 0xffffff, rgb(max, 2, 0), "0.2 m");
        assertEquals(DepthMap.BLUES[5].getRGB() & 0xffffff, rgb(max, 2, 2), "3.25 m: the darkest blue");
        String maps = section(html, "maps");
        assertTrue(maps.contains("T+0:30 时的水深（grids/depth_1800.asc）；此时触发：气象台发布暴雨蓝色预警"), maps);
        assertTrue(maps.contains("此时触发：北堤出现溃口"));
        assertTrue(maps.contains("最大水深 3.25 米，水深不低于 0.1 米的网格 6 个"), maps);
    }

    private static int rgb(BufferedImage img, int col, int row) {
        return img.getRGB(10 + col * 200 + 100, 10 + row * 200 + 100) & 0xffffff;
    }

    @Test
    void withoutRunJsonTheScenarioComesFromTheScorecardAndWithoutGridsTheMapsSaySo() throws Exception {
        Files.delete(dir.resolve("run.json"));
        try (var files = Files.list(dir.resolve("grids"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        String en = html("en");
        assertTrue(section(en, "summary").contains("<td>Scenario</td><td>mini</td>"));
        assertTrue(section(en, "summary").contains("not recorded in run.json"));
        assertTrue(section(en, "maps").contains("has no grids/depth_*.asc"));
    }

    @Test
    void anEditedEventLogIsFlaggedAgainstRunJson() throws Exception {
        Files.writeString(dir.resolve("events.jsonl"), Files.readString(dir.resolve("events.jsonl"))
                .replace("\"wetCells\":5", "\"wetCells\":6"));
        assertTrue(section(html("en"), "summary").contains("does NOT match run.json"));
    }

    private static String plain(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}
