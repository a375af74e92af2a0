package org.drillgrid.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Orders read from JSON: every type, the errors a position can make, and files of one order per line. */
class OrderReaderTest {

    private static final String TYPES = "warn, evacuate, open-shelter, close-shelter, close-road, dispatch-team, "
            + "request-reinforcement, dispatch-materials, call-reserve, set-response-level, five-stops, restore-comms";

    @TempDir
    Path dir;

    /** One order of every type, as written and as the record it reads to. */
    private static final Map<String, Order> SAMPLES = samples();

    private static Map<String, Order> samples() {
        Map<String, Order> m = new LinkedHashMap<>();
        m.put("""
                {"t": 0, "role": "warning", "type": "warn", "area": "village", "level": 3, "channels": ["sms", "tv"]}""",
                new Order.Warn(0L, "warning", AreaRef.place("village"), 3, List.of("sms", "tv")));
        m.put("""
                {"t": 3600, "role": "evacuation", "type": "evacuate", "area": {"cells": [1, 2, 3, 4]}, "shelter": "s1"}""",
                new Order.Evacuate(3600L, "evacuation", AreaRef.cells(1, 2, 3, 4), "s1", null));
        m.put("""
                {"t": 60, "role": "shelter", "type": "open-shelter", "shelter": "s1"}""",
                new Order.OpenShelter(60L, "shelter", "s1"));
        m.put("""
                {"t": 61, "role": "shelter", "type": "close-shelter", "shelter": "s2"}""",
                new Order.CloseShelter(61L, "shelter", "s2"));
        m.put("""
                {"t": 120, "role": "traffic", "type": "close-road", "area": "underpass", "reopen": true}""",
                new Order.CloseRoad(120L, "traffic", AreaRef.place("underpass"), true));
        m.put("""
                {"type": "dispatch-team", "t": 180, "role": "rescue", "team": "t1", "task": "evacuate",
                 "area": {"cells": [5, 5, 0, 0]}, "shelter": "s1", "replace": true}""",
                new Order.DispatchTeam(180L, "rescue", "t1", "evacuate", AreaRef.cells(5, 5, 0, 0), null, "s1", true));
        m.put("""
                {"t": 240, "role": "commander", "type": "request-reinforcement", "team": "pla-1"}""",
                new Order.RequestReinforcement(240L, "commander", "pla-1"));
        m.put("""
                {"t": 300, "role": "logistics", "type": "dispatch-materials", "depot": "d1", "shelter": "s1",
                 "items": {"tents": 20, "water-bottles": 500}}""",
                new Order.DispatchMaterials(300L, "logistics", "d1", "s1", Map.of("tents", 20L, "water-bottles", 500L)));
        m.put("""
                {"t": 360, "role": "logistics", "type": "call-reserve", "depot": "d1", "item": "tents"}""",
                new Order.CallReserve(360L, "logistics", "d1", "tents"));
        m.put("""
                {"t": 420, "role": "commander", "type": "set-response-level", "level": "II"}""",
                new Order.SetResponseLevel(420L, "commander", "II"));
        m.put("""
                {"t": 480, "role": "commander", "type": "five-stops", "area": "village",
                 "stops": ["classes", "transport"], "lift": false}""",
                new Order.FiveStops(480L, "commander", AreaRef.place("village"), List.of("classes", "transport"), false));
        m.put("""
                {"t": 540, "role": "comms", "type": "restore-comms", "team": "comms-1", "area": {"cells": [0, 0, 2, 2]}}""",
                new Order.RestoreComms(540L, "comms", "comms-1", AreaRef.cells(0, 0, 2, 2)));
        return m;
    }

    static Stream<Arguments> samplesOfEveryType() {
        return SAMPLES.entrySet().stream().map(e -> Arguments.of(e.getValue().typeName(), e.getKey(), e.getValue()));
    }

    private static String message(String json) {
        return assertThrows(OrderException.class, () -> OrderReader.parse(json)).getMessage();
    }

    @Test
    void theSamplesCoverEveryOrderType() {
        assertEquals(Order.TYPES, SAMPLES.values().stream().map(Order::typeName).toList());
        assertEquals(TYPES, String.join(", ", Order.TYPES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesOfEveryType")
    void everyOrderTypeParses(String type, String json, Order expected) throws Exception {
        Order o = OrderReader.parse(json);
        assertEquals(expected, o);
        assertEquals(type, o.typeName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesOfEveryType")
    void everyOrderTypeRoundTripsThroughTheMapper(String type, String json, Order expected) throws Exception {
        String written = Json.mapper().writeValueAsString(expected);
        assertEquals(type, Json.mapper().readTree(written).get("type").asText(), written);
        assertEquals(expected, OrderReader.parse(written), written);
        assertEquals(expected, Json.mapper().readValue(written, Order.class), written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesOfEveryType")
    void atRestampsKeepingEverythingElse(String type, String json, Order expected) throws Exception {
        ObjectNode later = (ObjectNode) Json.mapper().readTree(json);
        later.put("t", 7200L);
        Order restamped = expected.at(7200);
        assertEquals(7200L, restamped.t());
        assertEquals(OrderReader.parse(later.toString()), restamped);
        assertEquals(expected.getClass(), restamped.getClass());
        assertEquals(expected, restamped.at(expected.t()));
    }

    @Test
    void writtenOrdersLeaveOutAbsentFieldsAndWriteAreasAsRead() throws Exception {
        assertEquals("{\"type\":\"open-shelter\",\"t\":60,\"role\":\"shelter\",\"shelter\":\"s1\"}",
                Json.mapper().writeValueAsString(new Order.OpenShelter(60L, "shelter", "s1")));
        String evacuate = Json.mapper().writeValueAsString(
                new Order.Evacuate(3600L, null, AreaRef.cells(1, 2, 3, 4), "s1", null));
        assertEquals("{\"type\":\"evacuate\",\"t\":3600,\"area\":{\"cells\":[1,2,3,4]},\"shelter\":\"s1\"}", evacuate);
    }

    @Test
    void typeNameOfAFewOrders() {
        assertEquals("warn", new Order.Warn(0L, null, AreaRef.place("v"), 1, null).typeName());
        assertEquals("dispatch-materials", new Order.DispatchMaterials(0L, null, "d1", "s1", Map.of()).typeName());
        assertEquals("set-response-level", new Order.SetResponseLevel(0L, null, "I").typeName());
        assertEquals("restore-comms", new Order.RestoreComms(0L, null, "c1", null).typeName());
    }

    @Test
    void targetIsWhatTheOrderActsOn() {
        assertEquals("village", new Order.Warn(0L, null, AreaRef.place("village"), 2, null).target());
        assertEquals("cells [1, 2, 3, 4]", new Order.CloseRoad(0L, null, AreaRef.cells(1, 2, 3, 4), null).target());
        assertEquals("s1", new Order.Evacuate(0L, null, AreaRef.place("village"), "s1", null).target());
        assertEquals("t1", new Order.DispatchTeam(0L, null, "t1", "pump", AreaRef.place("v"), null, null, null).target());
        assertEquals("s2", new Order.DispatchMaterials(0L, null, "d1", "s2", Map.of("tents", 1L)).target());
        assertEquals("d1", new Order.CallReserve(0L, null, "d1", null).target());
        assertEquals("II", new Order.SetResponseLevel(0L, null, "II").target());
        assertEquals("c1", new Order.RestoreComms(0L, null, "c1", AreaRef.place("v")).target());
        assertEquals("pla", new Order.RequestReinforcement(0L, null, "pla").target());
    }

    @Test
    void targetAndTypeNameAreNotWritten() throws Exception {
        String json = Json.mapper().writeValueAsString(new Order.SetResponseLevel(5L, "commander", "III"));
        assertEquals("{\"type\":\"set-response-level\",\"t\":5,\"role\":\"commander\",\"level\":\"III\"}", json);
    }

    @Test
    void unknownTypeIsNamedWithTheAllowedOnes() {
        assertEquals("type: unknown order type 'fly'; one of " + TYPES,
                message("{\"t\": 0, \"type\": \"fly\", \"area\": \"v\"}"));
    }

    @Test
    void missingTypeIsReported() {
        assertEquals("type: missing; one of " + TYPES, message("{\"t\": 0, \"role\": \"commander\", \"area\": \"v\"}"));
    }

    @Test
    void unknownFieldIsNamed() {
        assertEquals("colour: unknown field for this order type",
                message("{\"t\": 0, \"type\": \"warn\", \"area\": \"v\", \"colour\": \"red\"}"));
        // a field of another order type is unknown here too
        assertEquals("shelter: unknown field for this order type",
                message("{\"t\": 0, \"type\": \"warn\", \"area\": \"v\", \"shelter\": \"s1\"}"));
    }

    @Test
    void fieldOfTheWrongKindNamesTheField() {
        String m = message("{\"t\": \"soon\", \"type\": \"open-shelter\", \"shelter\": \"s1\"}");
        assertTrue(m.startsWith("t: "), m);
        String area = message("{\"t\": 0, \"type\": \"warn\", \"area\": {\"cells\": [1, 2]}}");
        assertTrue(area.startsWith("area: "), area);
        assertTrue(area.contains("expected a place id or {\"cells\": [col0, row0, col1, row1]}"), area);
    }

    @Test
    void textThatIsNotJsonIsReportedAsSuch() {
        String m = message("{\"t\": 0, \"type\": \"warn\",");
        assertTrue(m.startsWith("not JSON: "), m);
        String dup = message("{\"t\": 0, \"t\": 1, \"type\": \"warn\"}");
        assertTrue(dup.startsWith("not JSON: ") && dup.contains("'t'"), dup);
    }

    @Test
    void anUnpairedSurrogateIsRefusedWithItsField() {
        // issue 20: one such order broke the session's report and verify for good
        assertEquals("area: text holds an unpaired surrogate \\ud800 at character 3: not valid Unicode text",
                message("{\"t\": 0, \"role\": \"dispatch\", \"type\": \"warn\", \"area\": \"old\\ud800\", \"level\": 2}"));
        assertEquals("channels[0]: must not be null (a list holds no empty places)",
                message("{\"t\": 0, \"role\": \"dispatch\", \"type\": \"warn\", \"area\": \"old\", \"level\": 2, "
                        + "\"channels\": [null]}"));
    }

    @Test
    void aThreeGigabyteLineIsRefusedAfterItsFirst64Kilobytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // issue 20: the whole line was read before the limit was applied, and a 3 GB line ran out of memory
        Path file = dir.resolve("orders.jsonl");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.write("{\"t\": 0, \"role\": \"x\", \"type\": \"warn\", \"area\": \"".getBytes(StandardCharsets.UTF_8));
            f.setLength(3L << 30); // sparse: no disk, 3 GB of NULs and no line break
        }
        OrderException e = assertThrows(OrderException.class, () -> OrderReader.readFile(file));
        assertEquals("orders.jsonl line 1: line is longer than 65536 characters; an order is at most 65536",
                e.getMessage());
    }

    @Test
    void anOrdersFileThatIsNotUtf8IsRefusedWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("orders.jsonl");
        Files.write(file, new byte[] {'#', ' ', 'o', 'k', '\n', '{', (byte) 0xff, '}', '\n'});
        assertEquals("orders.jsonl line 2: not UTF-8 text",
                assertThrows(OrderException.class, () -> OrderReader.readFile(file)).getMessage());
    }

    @Test
    void nullIsNotAnOrder() {
        assertEquals("expected an order object, got null", message("null"));
    }

    @Test
    void twoOrdersOnOneLineAreRefused() {
        assertThrows(OrderException.class, () -> OrderReader.parse(
                "{\"t\": 0, \"type\": \"set-response-level\", \"level\": \"IV\"} {\"t\": 1}"));
    }

    @Test
    void oversizedTextIsRefusedUnread() throws Exception {
        String order = "{\"t\": 0, \"type\": \"set-response-level\", \"level\": \"IV\"}";
        String atLimit = order + " ".repeat(OrderReader.MAX_CHARS - order.length());
        assertEquals(OrderReader.MAX_CHARS, atLimit.length());
        assertEquals(new Order.SetResponseLevel(0L, null, "IV"), OrderReader.parse(atLimit));
        assertEquals("order is 65537 characters; at most 65536", message(atLimit + " "));
        assertEquals(65536, OrderReader.MAX_CHARS);
    }

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("orders.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private String fileMessage(String... lines) throws Exception {
        Path f = file(lines);
        return assertThrows(OrderException.class, () -> OrderReader.readFile(f)).getMessage();
    }

    @Test
    void readFileSkipsBlankAndCommentLines() throws Exception {
        Path f = file(
                "# orders of the warning position",
                "",
                "{\"t\": 0, \"role\": \"warning\", \"type\": \"warn\", \"area\": \"village\", \"level\": 3, \"channels\": [\"sms\", \"tv\"]}",
                "   ",
                "   # an indented comment",
                "{\"t\": 60, \"role\": \"shelter\", \"type\": \"open-shelter\", \"shelter\": \"s1\"}",
                "\t{\"t\": 60, \"role\": \"shelter\", \"type\": \"close-shelter\", \"shelter\": \"s2\"}  ");
        assertEquals(List.of(
                new Order.Warn(0L, "warning", AreaRef.place("village"), 3, List.of("sms", "tv")),
                new Order.OpenShelter(60L, "shelter", "s1"),
                new Order.CloseShelter(60L, "shelter", "s2")), OrderReader.readFile(f));
    }

    @Test
    void readFileOfOnlyCommentsIsEmpty() throws Exception {
        assertEquals(List.of(), OrderReader.readFile(file("# nothing yet", "")));
    }

    @Test
    void readFileNeedsATimeOnEveryOrder() throws Exception {
        assertEquals("orders.jsonl line 3: t: required, the sim second (>= 0) the order is given at", fileMessage(
                "{\"t\": 0, \"type\": \"open-shelter\", \"shelter\": \"s1\"}",
                "# the next one has no time",
                "{\"type\": \"open-shelter\", \"shelter\": \"s2\"}"));
        assertEquals("orders.jsonl line 1: t: required, the sim second (>= 0) the order is given at", fileMessage(
                "{\"t\": -1, \"type\": \"open-shelter\", \"shelter\": \"s1\"}"));
    }

    @Test
    void readFileRefusesTimesGoingBack() throws Exception {
        assertEquals("orders.jsonl line 4: t: 30 is before the previous order's 60; list orders in time order",
                fileMessage(
                        "{\"t\": 0, \"type\": \"open-shelter\", \"shelter\": \"s1\"}",
                        "{\"t\": 60, \"type\": \"open-shelter\", \"shelter\": \"s2\"}",
                        "",
                        "{\"t\": 30, \"type\": \"close-shelter\", \"shelter\": \"s1\"}"));
    }

    @Test
    void readFileNamesTheLineOfABadOrder() throws Exception {
        assertEquals("orders.jsonl line 2: type: unknown order type 'fly'; one of " + TYPES, fileMessage(
                "{\"t\": 0, \"type\": \"open-shelter\", \"shelter\": \"s1\"}",
                "{\"t\": 10, \"type\": \"fly\"}"));
        assertEquals("orders.jsonl line 3: colour: unknown field for this order type", fileMessage(
                "",
                "# x",
                "{\"t\": 10, \"type\": \"warn\", \"area\": \"v\", \"colour\": \"red\"}"));
        String notJson = fileMessage("{\"t\": 10, \"type\": \"warn\"");
        assertTrue(notJson.startsWith("orders.jsonl line 1: not JSON: "), notJson);
    }
}
