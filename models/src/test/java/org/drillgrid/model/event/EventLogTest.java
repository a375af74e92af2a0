package org.drillgrid.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drillgrid.model.scenario.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type survives the log, and the log format does not drift. */
class EventLogTest {

    private static final String GOLDEN = "golden-events.jsonl";

    /** One sample of every event type, with every field set to something other than its default. */
    static List<SimEvent> samples() {
        return List.of(
                new RunStarted(0, "tiny", 42, 20, 10, 300, 21_600, 2_400, 3, 150, 2, 4, 5_000),
                new InjectFired(5_400, "blue", "at", "phone", List.of("dispatch", "duty-officer"),
                        new LocalizedText("蓝色预警", "blue warning")),
                new RunEnded(21_600, 72, RunEnded.DURATION),
                new FloodStatus(3_600, 412, 1.237, 98_765, 60.5, 37, 12),
                new UnderpassFlooded(4_200, List.of(99, 50), 0.31, true),
                new ShelterFlooded(7_200, "school-1", 0.52),
                new LeveeBreached(108_000, "huai-left-bank", 3, 41.5),
                new WarningIssued(600, "w2", "red", List.of("cell-broadcast", "door-to-door"), "school-1", 120, 310),
                new PeopleWarned(660, "w2", 7, Map.of("cell-broadcast", 4L, "door-to-door", 3L), List.of(5, 9)),
                new PeopleAffected(720, "flooded", 5, List.of(11, 12)),
                new PeopleEvacuating(780, 6, 1, List.of(3, 4)),
                new PeopleSheltered(840, "school-1", 6, List.of(3, 4)),
                new PeopleRelieved(900, "school-1", 6, List.of(3, 4), List.of(1.25, 2.5)),
                new PeopleTrapped(960, 3, List.of(21)),
                new PeopleRescued(1_020, "boat-team", 3, List.of(21)),
                new Casualties(1_080, 2, 1, 2.35, List.of(21, 22)),
                new CommandGiven(1_140, "dispatch-team", "boat-team", "rescue area [1, 2, 5, 6]", "auto", false,
                        "team 'boat-team' cannot rescue: no boats"),
                new TeamStatus(1_200, "boat-team", "travelling", "rescue", List.of(3, 4)),
                new MaterialsMoved(1_260, "depot-1", "school-1", "dispatched", Map.of("food-rations", 40L),
                        Map.of("water-bottles", 500L)),
                new ShelterStatus(1_320, "school-1", false, 250, "flooded"),
                new OutageChanged(1_380, "power", List.of(0, 0, 9, 4), true),
                new PeopleStatus(3_600, 300, 120, 40, 60, 50, 3, 2, 2, 1),
                new OrderIssued(7_200, 3, "evacuation", new org.drillgrid.model.order.Order.Evacuate(7_200L,
                        "evacuation", org.drillgrid.model.drill.AreaRef.cells(1, 2, 3, 4), "park",
                        List.of("sms"))),
                new OrderRejected(7_260, 4, "materials", new org.drillgrid.model.order.Order.CallReserve(7_260L,
                        "materials", "nowhere", null), "no depot 'nowhere'",
                        org.drillgrid.model.order.Refusal.of(org.drillgrid.model.order.Refusal.NO_DEPOT, "nowhere")),
                new ReportReceived(7_800, "gauge-1", "rain", List.of(5, 6, 5, 6), 42.5, "mm/h", 7_200,
                        List.of("weather"), "rain gauge gauge-1: 42.5 mm/h"),
                new Earthquake(1_800, 6.0, 60.5, 42.25, 12.5, 8.31, 7.5, true),
                new BuildingsDamaged(1_800, 120, 45, 12, 3, 17, 2),
                new FireIgnited(3_660, 40, 12, "inject:lightning"),
                new FireStatus(7_200, 12.5, 31, 8, 2));
    }

    @Test
    void everyEventTypeHasASample() {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> permitted = Set.of(SimEvent.class.getPermittedSubclasses());
        assertEquals(permitted, sampled, "add a sample for each new event type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void writeThenReadGivesTheSameEvent(SimEvent event) throws IOException {
        String line = EventLogWriter.toLine(event);
        assertEquals(event, EventLogReader.parseLine(line));
        assertEquals(List.of(event), EventLogReader.readAll(new StringReader(line + "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void lineStartsWithTimeThenType(SimEvent event) throws ReflectiveOperationException {
        String line = EventLogWriter.toLine(event);
        String type = (String) event.getClass().getField("TYPE").get(null);
        assertEquals(type, event.type());
        assertTrue(line.startsWith("{\"t\":" + event.t() + ",\"type\":\"" + type + "\","), line);
        assertEquals(1, line.split("\"type\"", -1).length - 1, "type written once: " + line);
        assertTrue(!line.contains("\n"), "one line per event");
    }

    @Test
    void typeNamesAreDistinct() {
        List<String> types = samples().stream().map(SimEvent::type).toList();
        assertEquals(types.size(), Set.copyOf(types).size(), types::toString);
    }

    @Test
    void writerWritesOneLinePerEventAndTheReaderSkipsBlankLines() throws IOException {
        StringWriter out = new StringWriter();
        try (EventLogWriter w = new EventLogWriter(out)) {
            for (SimEvent e : samples()) {
                w.write(e);
            }
            w.flush();
        }
        String log = out.toString();
        assertEquals(samples().size(), log.split("\n").length);
        assertEquals(samples(), EventLogReader.readAll(new StringReader(log.replace("\n", "\n\n"))));
    }

    @Test
    void logFormatMatchesTheGoldenFile() throws IOException {
        String golden;
        try (InputStream in = EventLogTest.class.getResourceAsStream(GOLDEN)) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        try (EventLogWriter w = new EventLogWriter(out)) {
            for (SimEvent e : samples()) {
                w.write(e);
            }
        }
        assertEquals(golden, out.toString(), "the event log format changed: old logs may no longer replay");
        assertEquals(samples(), EventLogReader.readAll(new StringReader(golden)));
    }

    @Test
    void linesWrittenBeforeRefusalCodesAndShortfallsStillRead() throws IOException {
        OrderRejected r = (OrderRejected) EventLogReader.parseLine("{\"t\":7260,\"type\":\"order-rejected\",\"seq\":4,"
                + "\"role\":\"materials\",\"order\":{\"call-reserve\":{\"t\":7260,\"role\":\"materials\","
                + "\"depot\":\"nowhere\"}},\"reason\":\"no depot 'nowhere'\"}");
        assertEquals("no depot 'nowhere'", r.reason());
        assertEquals(null, r.refusal());
        MaterialsMoved m = (MaterialsMoved) EventLogReader.parseLine("{\"t\":1260,\"type\":\"materials\","
                + "\"depot\":\"depot-1\",\"shelter\":\"school-1\",\"status\":\"delivered\",\"items\":{\"food-rations\":40}}");
        assertEquals(null, m.shortfall());
        assertEquals(m, new MaterialsMoved(1260, "depot-1", "school-1", "delivered", Map.of("food-rations", 40L)));
    }

    @Test
    void aCodedRefusalReadsAsTheEnglishReasonItWasLoggedWith() {
        org.drillgrid.model.order.Refusal full = org.drillgrid.model.order.Refusal.of(
                org.drillgrid.model.order.Refusal.SHELTER_FULL, "park", 300, 300);
        assertEquals("shelter 'park' is full (300 of 300 places taken)", full.english());
        assertEquals(List.of("park", "300", "300"), full.args());
    }

    @Test
    void unknownTypeIsAnErrorNamingTheLine() {
        String log = EventLogWriter.toLine(samples().get(0)) + "\n\n{\"t\":60,\"type\":\"meteor-strike\"}\n";
        IOException e = assertThrows(IOException.class, () -> EventLogReader.readAll(new StringReader(log)));
        assertTrue(e.getMessage().startsWith("event log line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains("'meteor-strike'"), e.getMessage());
    }

    @Test
    void unknownFieldIsAnErrorNamingTheLine() {
        String log = "{\"t\":0,\"type\":\"run-ended\",\"ticks\":0,\"reason\":\"until\",\"winner\":\"blue\"}\n";
        IOException e = assertThrows(IOException.class, () -> EventLogReader.readAll(new StringReader(log)));
        assertTrue(e.getMessage().startsWith("event log line 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"winner\""), e.getMessage());
    }

    @Test
    void nullLineIsAnErrorNamingTheLine() {
        IOException e = assertThrows(IOException.class, () -> EventLogReader.readAll(new StringReader("null\n")));
        assertEquals("event log line 1: expected an event object, found null", e.getMessage());
    }

    @Test
    void brokenLineIsAnErrorNamingTheLine() {
        String log = Arrays.stream(new String[] {EventLogWriter.toLine(samples().get(0)), "{\"t\":60,"})
                .collect(Collectors.joining("\n"));
        IOException e = assertThrows(IOException.class, () -> EventLogReader.readAll(new StringReader(log)));
        assertTrue(e.getMessage().startsWith("event log line 2: "), e.getMessage());
    }
}
