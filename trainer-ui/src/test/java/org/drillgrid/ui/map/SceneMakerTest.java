package org.drillgrid.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.Set;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map's model side: names and state on labels, the legend of the layers shown, outlines of selections. */
class SceneMakerTest {

    private static LoadedScenario xinzheng;
    private static Words zh;

    @BeforeAll
    static void load() throws Exception {
        xinzheng = ScenarioLoader.load(ScenarioCatalog.bundled().source("xinzheng-720-rainstorm").orElseThrow());
        PropertyResourceBundle bundle;
        try (InputStream in = SceneMakerTest.class.getResourceAsStream("/vaadin-i18n/translations_zh_CN.properties")) {
            bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        zh = (key, args) -> args.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    private static SceneMaker maker() {
        return new SceneMaker(xinzheng.scenario(), Locale.SIMPLIFIED_CHINESE, zh);
    }

    /** The truth at one moment: one shelter full, one nearly, one closed; a team at work, one idle. */
    private static Frame moment() {
        int cols = xinzheng.scenario().grid().cols();
        int rows = xinzheng.scenario().grid().rows();
        List<Frame.Site> shelters = List.of(
                new Frame.Site("xz-shelter-no1-high-school", 42 * cols + 60, true, 2000, 2000),
                new Frame.Site("xz-shelter-experimental-school", 60 * cols + 82, true, 1100, 1200),
                new Frame.Site("xz-shelter-sports-centre", 30 * cols + 55, true, 1200, 5000),
                new Frame.Site("xz-shelter-chengguan-school", 98 * cols + 70, false, 0, 800));
        List<Frame.Unit> teams = List.of(new Frame.Unit("xz-fire-rescue", 56 * cols + 90, "working", "rescue"),
                new Frame.Unit("xz-medical", 44 * cols + 75, "idle", null));
        return new Frame(3600, cols, rows, null, null, teams, shelters, List.of(), new int[] {10 * cols + 10},
                new BitSet(), new BitSet(), new BitSet(), new BitSet(), 0, null, null, null);
    }

    private static MapScene.Label label(MapScene scene, String key) {
        return scene.labels().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow(() ->
                new AssertionError("no label " + key + " in " + scene.labels()));
    }

    @Test
    void sheltersCarryTheirNamesAndFillColouredAsTheyFill() {
        MapScene scene = maker().make(EnumSet.of(MapLayer.SHELTERS), moment(), List.of(), null, null);
        MapScene.Label full = label(scene, "shelter:xz-shelter-no1-high-school");
        assertEquals("新郑市第一中学", full.name());
        assertEquals("2 000/2 000", full.state());
        assertEquals(Palette.hex(Palette.SHELTER_FULL), full.colour());
        assertTrue(full.alert());
        assertEquals("已满：已安置 2 000 人，容量 2 000 人", full.detail());
        MapScene.Label nearly = label(scene, "shelter:xz-shelter-experimental-school");
        assertEquals("1 100/1 200", nearly.state());
        assertEquals(Palette.hex(Palette.SHELTER_FILLING), nearly.colour());
        MapScene.Label room = label(scene, "shelter:xz-shelter-sports-centre");
        assertEquals("1 200/5 000", room.state());
        assertEquals(Palette.hex(Palette.SHELTER), room.colour());
        assertFalse(room.alert());
        MapScene.Label closed = label(scene, "shelter:xz-shelter-chengguan-school");
        assertEquals("已关闭 0/800", closed.state());
        assertEquals(Palette.hex(Palette.SHELTER_CLOSED), closed.colour());
        assertEquals(55, room.col());
        assertEquals(30, room.row());
    }

    @Test
    void aShelterThatHasNotReportedSaysSo() {
        Frame f = moment();
        Frame reported = Frames.reported(0, f.cols(), f.rows(), List.of(), List.of(
                new Frame.Site("xz-shelter-no1-high-school", 42 * f.cols() + 60, true, -1, 2000)), List.of(), new BitSet());
        MapScene.Label l = label(maker().make(EnumSet.of(MapLayer.SHELTERS), reported, List.of(), null, null),
                "shelter:xz-shelter-no1-high-school");
        assertEquals("?/2 000", l.state());
        assertEquals("尚未报告人数，容量 2 000 人", l.detail());
        assertEquals(Palette.hex(Palette.SHELTER), l.colour());
    }

    @Test
    void teamsCarryTheirNamesAndTask() {
        MapScene scene = maker().make(EnumSet.of(MapLayer.TEAMS), moment(), List.of(), null, null);
        MapScene.Label working = label(scene, "team:xz-fire-rescue");
        assertEquals("新郑市消防救援大队", working.name());
        assertEquals("搜救", working.state());
        assertEquals(Palette.hex(Palette.TEAM), working.colour());
        MapScene.Label idle = label(scene, "team:xz-medical");
        assertEquals("空闲", idle.state());
        assertEquals(Palette.hex(Palette.TEAM_IDLE), idle.colour());
    }

    @Test
    void noLabelTextHoldsAnIdAndWithoutAFrameForcesAreWhereTheScenarioPutsThem() {
        Set<MapLayer> all = EnumSet.allOf(MapLayer.class);
        for (Frame f : java.util.Arrays.asList(null, moment())) {
            MapScene scene = maker().make(all, f, List.of(new Marker(new CellRef(90, 45), "市气象站", "0.42 米", true)),
                    null, null);
            for (MapScene.Label l : scene.labels()) {
                String shown = l.name() + " " + l.state() + " " + l.detail();
                assertFalse(shown.contains("xz-") || shown.contains("gauge-") || shown.contains("null"), shown);
            }
            for (MapScene.Outline o : scene.outlines()) {
                assertFalse(o.name().contains("-"), o.name());
            }
        }
        MapScene bare = maker().make(EnumSet.of(MapLayer.SHELTERS, MapLayer.SENSORS, MapLayer.REPORTS), null,
                List.of(new Marker(new CellRef(90, 45), "市气象站", "0.42 米", true)), null, null);
        assertEquals(6, bare.labels().stream().filter(l -> l.kind().equals("shelter")).count());
        assertEquals("市气象站", label(bare, "sensor:gauge-city").name());
        MapScene.Label pin = label(bare, "pin:0");
        assertEquals("0.42 米", pin.state());
        assertEquals(Palette.hex(Palette.ALERT), pin.colour());
    }

    @Test
    void theLegendListsOnlyTheLayersShown() {
        MapScene water = maker().make(EnumSet.of(MapLayer.WATER), moment(), List.of(), null, null);
        assertEquals(Palette.DEPTH_CLASSES.length, water.legend().size());
        assertTrue(water.legend().stream().allMatch(e -> e.text().startsWith("≥")), water.legend().toString());
        MapScene people = maker().make(EnumSet.of(MapLayer.PEOPLE, MapLayer.SHELTERS), moment(), List.of(), null, null);
        List<String> texts = people.legend().stream().map(MapScene.LegendEntry::text).toList();
        assertTrue(texts.contains("未获预警") && texts.contains("避难场所已满"), texts.toString());
        assertFalse(texts.contains("耕地") || texts.stream().anyMatch(t -> t.startsWith("≥")), texts.toString());
        assertTrue(maker().make(EnumSet.noneOf(MapLayer.class), moment(), List.of(), null, null).legend().isEmpty());
    }

    @Test
    void aPickedRectangleAndAFirstCornerAreOutlinedBesideTheNamedAreas() {
        MapScene none = maker().make(EnumSet.of(MapLayer.PLACES), null, List.of(), null, null);
        assertEquals(xinzheng.scenario().drillOrEmpty().placesOrEmpty().size(), none.outlines().size());
        MapScene.Outline underpass = none.outlines().stream().filter(o -> o.key().equals("place:railway-underpass"))
                .findFirst().orElseThrow();
        assertEquals("铁路下穿通道", underpass.name());
        assertEquals(List.of(98, 50, 100, 50), List.of(underpass.c0(), underpass.r0(), underpass.c1(), underpass.r1()));

        MapScene corner = maker().make(EnumSet.noneOf(MapLayer.class), null, List.of(), null, new CellRef(84, 70));
        assertEquals(1, corner.outlines().size());
        assertEquals("corner", corner.outlines().get(0).kind());

        MapScene picked = maker().make(EnumSet.noneOf(MapLayer.class), null, List.of(), List.of(84, 70, 78, 64), null);
        MapScene.Outline o = picked.outlines().get(0);
        assertEquals("selection", o.kind());
        assertEquals(List.of(78, 64, 84, 70), List.of(o.c0(), o.r0(), o.c1(), o.r1()), "corners in any order");
        assertEquals("所选区域", o.name());
        assertEquals(List.of(new MapScene.LegendEntry("所选区域", Palette.hex(Palette.SELECTION))), picked.legend());
        assertNull(maker().make(EnumSet.noneOf(MapLayer.class), null, List.of(), null, null).outlines().stream()
                .findAny().orElse(null));
    }

    /**
     * "Not warned" read as cropland once: every people state stands apart from every land-use tint, from the
     * road closures, from the water-depth classes and from the other states.
     */
    @Test
    void peopleStatesDoNotLookLikeLandUse() {
        for (int s = Frame.PEOPLE_UNAWARE; s <= Frame.PEOPLE_DEAD; s++) {
            Color p = Palette.people(s);
            for (LandUse u : LandUse.values()) {
                Color l = Palette.landUse(u);
                if (l != null) {
                    assertTrue(distance(p, l) >= 80, "people state " + s + " vs " + u + ": " + distance(p, l));
                }
            }
            List<Color> others = new java.util.ArrayList<>(List.of(Palette.CLOSED, Palette.BLOCKED));
            for (double d : Palette.DEPTH_CLASSES) {
                others.add(Palette.depth(d));
            }
            for (Color o : others) {
                assertTrue(distance(p, o) >= 80, "people state " + s + " vs " + Palette.hex(o) + ": " + distance(p, o));
            }
            for (int t = s + 1; t <= Frame.PEOPLE_DEAD; t++) {
                assertTrue(distance(p, Palette.people(t)) >= 80, "people states " + s + " and " + t);
            }
        }
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    @Test
    void numbersAreGroupedByThousands() throws IOException {
        assertEquals("1 200", SceneMaker.number(1200));
        assertEquals("30 000", SceneMaker.number(30000));
        assertEquals("800", SceneMaker.number(800));
    }
}
