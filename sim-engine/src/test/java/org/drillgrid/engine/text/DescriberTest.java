package org.drillgrid.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.UnderpassFlooded;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The one describer: names for ids, local clock with sim time, every refusal code in both languages. */
class DescriberTest {

    private static final String DOC = """
            {"id": "town", "start": "2021-07-20T06:00:00+08:00", "grid": {"cols": 100, "rows": 100, "cellSize": 50},
             "forces": {
               "teams": [{"id": "t-fire", "name": {"zh": "消防救援大队", "en": "Fire and rescue brigade"}}],
               "shelters": [{"id": "s-park", "name": {"zh": "湖滨公园避难场所", "en": "Lakeside park shelter"},
                             "cell": [10, 10], "capacity": 2000}],
               "depots": [{"id": "d-city", "name": {"zh": "市物资储备库", "en": "City depot"}, "cell": [5, 5]}]},
             "drill": {
               "places": [{"id": "underpass", "name": {"zh": "铁路下穿通道", "en": "Railway underpass"},
                           "cells": [50, 50, 52, 50]},
                          {"id": "centre", "name": {"zh": "市中心", "en": "City centre"}, "cells": [40, 40, 60, 60]}],
               "injects": [
                 {"id": "i-blue", "at": "0m", "message": {"zh": "06:00 市气象局发布暴雨蓝色预警：预计未来12小时降雨50毫米以上。",
                                                           "en": "06:00 The weather bureau issues a BLUE warning: 50 mm within 12 hours."}},
                 {"id": "i-obs", "at": "1h", "message": {"zh": "市气象台：城区小时雨量已超过100毫米，请立即应对。",
                                                          "en": "City observatory: over 100 mm fell in an hour."}}]}}
            """;

    private static final Scenario TOWN = read();

    private static Scenario read() {
        try {
            return Json.mapper().readValue(DOC, Scenario.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Describer ZH = Describer.of(TOWN, "zh");
    private static final Describer EN = Describer.of(TOWN, "en");

    @Test
    void bothLanguagesHaveTheSameWords() {
        assertEquals(Words.of("zh").keys(), Words.of("en").keys());
        assertTrue(Words.of("zh").keys().size() > 200);
    }

    @Test
    void timesAreTheLocalClockWithTheSimTimeBeside() {
        assertEquals("12:30（T+6:30）", ZH.when(6 * 3600 + 1800));
        assertEquals("12:30 (T+6:30)", EN.when(6 * 3600 + 1800));
        assertEquals("7月21日 02:00（T+20:00）", ZH.when(20 * 3600), "past midnight the date is given");
        assertEquals("21 Jul 02:00 (T+20:00)", EN.when(20 * 3600));
        assertEquals("T+1:05", Describer.of(null, "zh").when(3900), "without a start: the sim time alone");
    }

    @Test
    void thingsAreNamedNotNumbered() {
        assertEquals("消防救援大队", ZH.name("t-fire"));
        assertEquals("铁路下穿通道", ZH.area(AreaRef.place("underpass")));
        assertEquals("铁路下穿通道", ZH.area(List.of(50, 50, 52, 50)), "a rectangle that is a place is that place");
        assertEquals("市中心一带 3×2 个网格（列 44–46，行 45–46）", ZH.area(List.of(44, 45, 46, 46)));
        assertEquals("铁路下穿通道", ZH.cell(List.of(51, 50)), "the smallest place that holds the cell");
        assertEquals("市中心以北约 2 公里", ZH.cell(List.of(50, 10)), "40 cells of 50 m north of the centre");
        assertEquals("about 2 km north of City centre", EN.cell(List.of(50, 10)));
        assertEquals("市气象局发布暴雨蓝色预警", ZH.inject("i-blue"), "an inject by its message's first clause");
        assertEquals("The weather bureau issues a BLUE warning", EN.inject("i-blue"));
        assertEquals("市气象台：城区小时雨量已超过100毫米", ZH.inject("i-obs"), "a short sender goes on to what it says");
        assertEquals("综合调度专班", ZH.position("dispatch"));
        assertEquals("其他岗位", ZH.position("mass-care"), "an unknown position is not shown by its id");
    }

    @Test
    void anAdHocInjectIsNamedFromItsMessageOnceSeen() {
        Describer d = Describer.of(TOWN, "zh");
        var line = d.line(new InjectFired(60, "adhoc-7", "controller", "phone", List.of("rescue"),
                new LocalizedText("城西片区报告：一处围墙倒塌。", "West district: a wall collapsed.")));
        assertTrue(line.text().startsWith("情景注入「城西片区报告：一处围墙倒塌」（导调组手动触发，电话，发送至 抢险救援专班）"), line.text());
        assertEquals("城西片区报告：一处围墙倒塌", d.inject("adhoc-7"));
    }

    @Test
    void anOrderLineCarriesTheEnginesNumberThePositionAndNames() {
        Order evacuate = new Order.Evacuate(3600L, "evacuation", AreaRef.place("centre"), "s-park", null);
        assertEquals("指令 #7（群众转移专班）：组织转移：市中心 → 湖滨公园避难场所，已执行",
                ZH.line(new OrderIssued(3660, 7, "evacuation", evacuate)).text());
        Order materials = new Order.DispatchMaterials(3600L, "materials", "d-city", "s-park", Map.of("water-bottles", 2000L));
        Refusal full = Refusal.of(Refusal.SHELTER_FULL, "s-park", 2000, 2000);
        assertEquals("order #8 (Materials): Dispatch materials: City depot → Lakeside park shelter · 2,000 drinking"
                + " water (person-days), refused: Lakeside park shelter is full (2,000 of 2,000 places taken)",
                EN.line(new OrderRejected(3660, 8, "materials", materials, full.english(), full)).text());
        var moved = ZH.line(new MaterialsMoved(3700, "d-city", "s-park", "dispatched", Map.of("water-bottles", 1500L),
                Map.of("water-bottles", 500L)));
        assertEquals("市物资储备库 → 湖滨公园避难场所：饮用水（人·天） 1,500；缺口 饮用水（人·天） 500", moved.text());
        assertTrue(moved.bad(), "a shortfall is a finding");
    }

    @Test
    void everyRefusalCodeReadsInBothLanguagesWithNamesAndNoEnglishInChinese() throws IllegalAccessException {
        Pattern latin = Pattern.compile("[A-Za-z]{3,}");
        List<String> codes = new ArrayList<>();
        for (Field f : Refusal.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        assertTrue(codes.size() >= 40, codes.toString());
        for (String code : codes) {
            for (List<String> args : List.of(List.of("s-park", "open", "9"), List.of("s-park", "closed", "9"),
                    List.of("lifted", "[1, 2, 3, 4]"), List.of("t-fire", "standby"), List.of("t-fire", "travelling"))) {
                Refusal r = new Refusal(code, args);
                String zh = ZH.refusal(r);
                String en = EN.refusal(r);
                assertFalse(zh.equals(Words.of("zh").get("refused")), code + " " + args + " has its own Chinese text");
                assertFalse(en.equals(Words.of("en").get("refused")), code + " " + args + " has its own English text");
                String words = zh;
                for (String a : args) {
                    words = words.replace(a, ""); // an id the scenario lacks is echoed as it was typed
                }
                assertFalse(latin.matcher(words).find(), code + ": English in the Chinese text: " + zh);
                if (code.startsWith("team-") && args.get(0).equals("t-fire")) {
                    assertFalse(zh.contains("t-fire"), code + ": the team's id instead of its name: " + zh);
                }
            }
        }
        assertEquals("湖滨公园避难场所已满（容量 2,000 人，已安置 1,990 人）",
                ZH.refusal(Refusal.of(Refusal.SHELTER_FULL, "s-park", 1990, 2000)));
        assertEquals("消防救援大队正在执行其他任务（搜救 · 市中心），如需改派请勾选“改派”",
                ZH.refusal(Refusal.of(Refusal.TEAM_BUSY, "t-fire", "rescue area [40, 40, 60, 60]")));
        assertEquals("铁路下穿通道的道路已经封闭", ZH.refusal(Refusal.of(Refusal.ROAD_ALREADY, "[51, 50]", "closed")));
        assertEquals("搜救 · 市中心", ZH.teamTask("rescue area [40, 40, 60, 60]"));
        assertEquals("排涝 · 铁路下穿通道", ZH.teamTask("pump [51, 50]"));
        assertEquals("转移群众 · 市中心 · → 湖滨公园避难场所", ZH.teamTask("evacuate area [40, 40, 60, 60] to s-park"));
        assertEquals("已经是Ⅲ级应急响应", ZH.refusal(Refusal.of(Refusal.RESPONSE_ALREADY, "III")));
    }

    @Test
    void theEnginesRefusalsAreCodedSoTheyTranslate() {
        OrderRejected old = new OrderRejected(60, 1, "rescue", new Order.OpenShelter(0L, "rescue", "s-park"),
                "team 'x' is busy");
        assertEquals("原因未编码，见事件日志", ZH.refusal(old), "an old log's English reason is not shown in Chinese");
        assertEquals("team 'x' is busy", EN.refusal(old), "but is in English");
    }

    @Test
    void anUnderpassIsPlacedByTheNearestNamedPlace() {
        var line = ZH.line(new UnderpassFlooded(600, List.of(51, 50), 0.42, true));
        assertEquals("下穿通道积水 0.42 米，已封闭（铁路下穿通道）", line.text());
        assertTrue(line.notable() && line.bad());
    }
}
