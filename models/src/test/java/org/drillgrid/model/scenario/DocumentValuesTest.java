package org.drillgrid.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Locale;
import org.drillgrid.model.json.Json;
import org.junit.jupiter.api.Test;

/** The small value types of a scenario document as the strict mapper reads and writes them. */
class DocumentValuesTest {

    private static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return Json.mapper().readValue(json, type);
    }

    private static String write(Object value) throws JsonProcessingException {
        return Json.mapper().writeValueAsString(value);
    }

    @Test
    void durationReadsFromSecondsOrUnitTextAndWritesSeconds() throws JsonProcessingException {
        assertEquals(SimDuration.ofSeconds(5_400), read("5400", SimDuration.class));
        assertEquals(SimDuration.ofSeconds(5_400), read("\"1.5h\"", SimDuration.class));
        assertEquals("5400", write(SimDuration.ofSeconds(5_400)));
    }

    @Test
    void malformedDurationIsAMappingErrorWithoutAProblemCollector() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> read("\"6x\"", SimDuration.class));
        assertTrue(e.getOriginalMessage().contains(SimDuration.EXPECTED), e::getOriginalMessage);
    }

    @Test
    void localizedTextIsAStringForBothLanguagesOrAnObject() throws JsonProcessingException {
        assertEquals(new LocalizedText("洪水", "洪水"), read("\"洪水\"", LocalizedText.class));
        LocalizedText both = read("{\"zh\": \"蓝色预警\", \"en\": \"blue warning\"}", LocalizedText.class);
        assertEquals("蓝色预警", both.in(Locale.CHINESE));
        assertEquals("blue warning", both.in(Locale.ENGLISH));
    }

    @Test
    void localizedTextFallsBackToTheOtherLanguage() throws JsonProcessingException {
        LocalizedText zhOnly = read("{\"zh\": \"撤离\"}", LocalizedText.class);
        assertEquals("撤离", zhOnly.in(Locale.ENGLISH));
        assertEquals("", new LocalizedText(null, null).in(Locale.ENGLISH));
        assertTrue(new LocalizedText(" ", null).isEmpty());
        assertFalse(zhOnly.isEmpty());
        assertEquals("{\"zh\":\"撤离\"}", write(zhOnly), "absent languages are not written");
    }

    @Test
    void cellIsTwoIntegersAndWritesBackAsAnArray() throws JsonProcessingException {
        assertEquals(new CellRef(3, 7), read("[3, 7]", CellRef.class));
        assertEquals("[3,7]", write(new CellRef(3, 7)));
        for (String bad : List.of("[3]", "[3, 7, 1]", "[3.5, 7]", "{\"col\": 3}", "\"3,7\"")) {
            assertThrows(JsonMappingException.class, () -> read(bad, CellRef.class), bad);
        }
    }

    @Test
    void layerSpecIsOneOfThreeOneKeyObjects() throws JsonProcessingException {
        assertEquals(new LayerSpec.FromFile("dem.asc"), read("{\"file\": \"dem.asc\"}", LayerSpec.class));
        assertEquals(new LayerSpec.Constant(12.5), read("{\"constant\": 12.5}", LayerSpec.class));
        LayerSpec generated = read("{\"generator\": {\"type\": \"radial\", \"peak\": 2}}", LayerSpec.class);
        GeneratorSpec.Radial radial = assertInstanceOf(GeneratorSpec.Radial.class,
                ((LayerSpec.Generated) generated).generator());
        assertEquals(2.0, radial.peak());
    }

    @Test
    void enumsUseTheirDocumentSpelling() throws JsonProcessingException {
        assertEquals(TeamSkill.URBAN_SEARCH_RESCUE, read("\"urban-search-rescue\"", TeamSkill.class));
        assertEquals(TeamLevel.NEIGHBOURING, read("\"neighbouring\"", TeamLevel.class));
        assertEquals(DepotLevel.TOWNSHIP, read("\"township\"", DepotLevel.class));
        assertEquals("\"water-rescue\"", write(TeamSkill.WATER_RESCUE));
        assertThrows(JsonMappingException.class, () -> read("\"WATER_RESCUE\"", TeamSkill.class));
    }

    @Test
    void rasterCodesAreWholeNumbersInRange() {
        assertTrue(LandUse.isCode(9));
        assertFalse(LandUse.isCode(10));
        assertFalse(LandUse.isCode(2.5));
        assertFalse(LandUse.isCode(-1));
        assertFalse(LandUse.isCode(Double.NaN));
        assertEquals(LandUse.FOREST, LandUse.ofCode(6));
        assertEquals(LandUse.NONE, LandUse.ofCode(6.5));
        assertTrue(RoadClass.isCode(4));
        assertFalse(RoadClass.isCode(5));
        assertTrue(StructureClass.isCode(5));
        assertFalse(StructureClass.isCode(6));
    }

    @Test
    void gridCrsIsReadAndWrittenAndOptional() throws JsonProcessingException {
        GridSpec g = new GridSpec(3, 2, 50.0, 498500.0, 3799000.0, "EPSG:4547");
        String json = write(g);
        assertEquals("{\"cols\":3,\"rows\":2,\"cellSize\":50.0,\"originX\":498500.0,\"originY\":3799000.0,"
                + "\"crs\":\"EPSG:4547\"}", json);
        assertEquals(g, read(json, GridSpec.class));
        GridSpec none = read("{\"cols\": 3, \"rows\": 2, \"cellSize\": 50}", GridSpec.class);
        assertEquals(new GridSpec(3, 2, 50.0, null, null), none);
        assertEquals(null, none.crs());
        assertFalse(write(none).contains("crs"));
    }

    @Test
    void scenarioDefaultsApplyWhenFieldsAreAbsent() {
        Scenario s = new Scenario(null, "x", null, null, new GridSpec(2, 2, 10.0, null, null), null, null, null,
                SimDuration.ofHours(1), new Layers(new LayerSpec.Constant(0), null, null, null, null), null, null,
                null);
        assertEquals(1, s.seedOrDefault());
        assertTrue(s.startTime().isEmpty());
        assertEquals(60, s.timeStepSeconds());
        assertEquals(LocalizedText.of("x"), s.nameOrId());
        assertEquals(Forces.NONE, s.forcesOrNone());
        assertEquals(List.of(), s.hazardsOrEmpty());
        assertEquals(List.of(), s.drillOrEmpty().injectsOrEmpty());
        assertEquals(new Targets(null, null, null, null), s.targetsOrNone());
        assertEquals(List.of("elevation"), List.copyOf(s.layers().present().keySet()));
    }
}
