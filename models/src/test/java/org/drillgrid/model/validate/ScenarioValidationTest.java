package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every binding and rule violation of a document is reported once, with its JSON path. */
class ScenarioValidationTest {

    private static final String TOP_LEVEL_FIELDS =
            "description, drill, duration, forces, format, grid, hazards, id, layers, name, seed, start, timeStep";
    private static final String TEAM_LEVELS = "[city, county, township, village, social, military, neighbouring]";
    private static final String LAYER_SHAPE =
            "expected {\"file\": ...}, {\"constant\": ...} or {\"generator\": {...}}";

    /** A valid team for the minimal document's 20 x 10 grid. */
    private static final String TEAM = "{\"id\": \"t1\", \"level\": \"city\", \"size\": 40, \"base\": [1, 2]}";

    @TempDir
    Path dir;

    private ScenarioFolder doc() {
        return ScenarioFolder.minimal(dir);
    }

    /** A forces block with one team: {@link #TEAM} with {@code field} set to {@code valueJson}. */
    private static String oneTeam(String field, String valueJson) {
        return "{\"teams\": [" + ScenarioFolder.with(TEAM, field, valueJson) + "]}";
    }

    @Test
    void threeMistakesGiveExactlyThreeViolations() {
        doc().set("forces", oneTeam("size", "0"))
                .set("colour", "\"blue\"")
                .set("duration", "\"6x\"")
                .assertViolations(
                        "$.forces.teams[0].size: must be > 0",
                        "$.colour: unknown field (allowed: " + TOP_LEVEL_FIELDS + ")",
                        "$.duration: '6x': expected seconds or a duration like 90s, 45m, 6h, 3d");
    }

    @Test
    void startMustBeADateTimeWithOffset() throws Exception {
        doc().set("start", "\"2021-07-20 06:00\"")
                .assertViolations("$.start: '2021-07-20 06:00' is not a date-time with offset like 2021-07-20T06:00:00+08:00");
        assertEquals(java.time.OffsetDateTime.parse("2021-07-20T06:00+08:00"),
                doc().set("start", "\"2021-07-20T06:00:00+08:00\"").load().scenario().startTime().orElseThrow());
    }

    @Test
    void stringWhereAnIntegerBelongsIsReportedOnce() {
        doc().set("grid.cols", "\"20\"")
                .set("forces", oneTeam("size", "\"forty\""))
                .assertViolations(
                        "$.grid.cols: expected an integer, found the string \"20\"",
                        "$.forces.teams[0].size: expected an integer, found the string \"forty\"");
    }

    @Test
    void numberOrBooleanWhereAStringBelongsIsReportedOnce() {
        doc().set("id", "5")
                .set("forces", oneTeam("name", "true"))
                .assertViolations(
                        "$.id: expected a string, found 5",
                        "$.forces.teams[0].name: expected an object, found a boolean");
    }

    @Test
    void fractionWhereAnIntegerBelongsIsReported() {
        doc().set("forces", oneTeam("size", "2.5"))
                .assertViolations("$.forces.teams[0].size: expected an integer, found 2.5");
    }

    @Test
    void wrongTypesInSeveralArrayElementsAreAllReported() {
        doc().set("forces", """
                        {"teams": [
                          {"id": "a", "level": "city", "size": "many", "base": [0, 0]},
                          {"id": "b", "level": "city", "size": 10, "base": [0, 0]},
                          {"id": "c", "level": "city", "size": true, "base": [0, 0]}]}
                        """)
                .assertViolations(
                        "$.forces.teams[0].size: expected an integer, found the string \"many\"",
                        "$.forces.teams[2].size: expected an integer, found a boolean");
    }

    @Test
    void unknownEnumValueNamesTheAllowedOnes() {
        doc().set("forces", oneTeam("level", "\"galactic\""))
                .assertViolations("$.forces.teams[0].level: 'galactic' is not one of " + TEAM_LEVELS);
    }

    @Test
    void unknownSkillInAListIsReportedAtItsIndex() {
        doc().set("forces", oneTeam("skills", "[\"medical\", \"telepathy\"]"))
                .assertViolations("$.forces.teams[0].skills[1]: 'telepathy' is not one of [water-rescue, "
                        + "urban-search-rescue, forest-firefighting, flood-fighting, medical, communications, "
                        + "geological-hazard]");
    }

    @Test
    void unknownGeneratorTypeIsReportedOnceNotAlsoAsAMissingLayer() {
        doc().set("layers.elevation", "{\"generator\": {\"type\": \"spiral\", \"mean\": 3}}")
                .assertViolations("$.layers.elevation.generator.type: unknown type 'spiral' (known: [fractal, radial])");
    }

    @Test
    void unknownGeneratorParameterIsReported() {
        doc().set("layers.elevation", "{\"generator\": {\"type\": \"fractal\", \"octave\": 3}}")
                .assertViolations("$.layers.elevation.generator.octave: unknown field (allowed: amplitude, mean, "
                        + "min, octaves, persistence, scale, seed, tiltEast, tiltSouth)");
    }

    @Test
    void radialCentreMustBeACell() {
        doc().set("layers.population", "{\"generator\": {\"type\": \"radial\", \"centre\": [5]}}")
                .set("layers.landUse", "{\"generator\": {\"type\": \"radial\", \"centre\": [5, null]}}")
                .assertViolations(
                        "$.layers.landUse.generator.centre: expected a cell [col, row] of two integers",
                        "$.layers.landUse.generator.centre[1]: must not be null (a list holds no empty places)",
                        "$.layers.population.generator.centre: expected a cell [col, row] of two integers");
    }

    @Test
    void generatorParametersThatGiveNoNumbersAreRefused() {
        doc().set("layers.elevation", """
                        {"generator": {"type": "fractal", "octaves": 0, "scale": 0, "persistence": -1}}""")
                .set("layers.population", "{\"generator\": {\"type\": \"radial\", \"radius\": 0}}")
                .assertViolations(
                        "$.layers.elevation.generator.octaves: must be between 1 and 16",
                        "$.layers.elevation.generator.scale: must be > 0",
                        "$.layers.elevation.generator.persistence: must be > 0",
                        "$.layers.population.generator.radius: must be > 0");
    }

    @Test
    void layerObjectWithTwoKeysIsReportedOnce() {
        doc().set("layers.elevation", "{\"constant\": 100, \"file\": \"dem.asc\"}")
                .assertViolations("$.layers.elevation: " + LAYER_SHAPE + ", found 2 keys");
    }

    @Test
    void emptyLayerObjectIsReportedOnce() {
        doc().set("layers.elevation", "{}")
                .assertViolations("$.layers.elevation: " + LAYER_SHAPE + ", found 0 keys");
    }

    @Test
    void misspelledLayerKeyIsReportedOnceNotAlsoAsAMissingLayer() {
        doc().set("layers.elevation", "{\"constnt\": 100}")
                .assertViolations("$.layers.elevation.constnt: unknown field");
    }

    @Test
    void layerFileThatIsNotAStringIsReportedOnce() {
        doc().set("layers.elevation", "{\"file\": 7}")
                .assertViolations("$.layers.elevation.file: expected a relative path string, found an integer");
    }

    @Test
    void layerConstantThatIsNotANumberIsReportedOnce() {
        doc().set("layers.population", "{\"constant\": \"many\"}")
                .assertViolations("$.layers.population.constant: expected a number, found a string");
    }

    @Test
    void unknownLayerIsReported() {
        doc().set("layers.rivers", "{\"constant\": 1}")
                .assertViolations("$.layers.rivers: unknown field (allowed: buildings, elevation, landUse, "
                        + "population, roads)");
    }

    @Test
    void idsAreUniqueAcrossTeamsDepotsAndShelters() {
        doc().set("forces", """
                        {"teams": [{"id": "t1", "level": "city", "size": 40, "base": [1, 2]}],
                         "depots": [{"id": "t1", "level": "county", "cell": [3, 3]}],
                         "shelters": [{"id": "t1", "cell": [4, 4], "capacity": 300}]}
                        """)
                .assertViolations(
                        "$.forces.depots[0].id: id 't1' is already used at $.forces.teams[0].id",
                        "$.forces.shelters[0].id: id 't1' is already used at $.forces.teams[0].id");
    }

    @Test
    void injectIdsShareTheNamespaceOfForces() {
        doc().set("forces", oneTeam("id", "\"alarm\""))
                .set("drill", "{\"injects\": [{\"id\": \"alarm\", \"at\": 0, \"message\": \"go\"}]}")
                .assertViolations("$.drill.injects[0].id: id 'alarm' is already used at $.forces.teams[0].id");
    }

    @Test
    void cellsOutsideTheGridAreReported() {
        doc().set("forces", """
                        {"teams": [{"id": "t1", "level": "city", "size": 40, "base": [20, 0]}],
                         "shelters": [{"id": "s1", "cell": [0, -1], "capacity": 300},
                                      {"id": "s2", "cell": [19, 9], "capacity": 300}]}
                        """)
                .assertViolations(
                        "$.forces.teams[0].base: cell [20, 0] is outside the grid (20 x 10)",
                        "$.forces.shelters[0].cell: cell [0, -1] is outside the grid (20 x 10)");
    }

    @Test
    void malformedCellIsReportedOnce() {
        doc().set("forces", oneTeam("base", "[1]"))
                .assertViolations("$.forces.teams[0].base: expected a cell [col, row] of two integers");
    }

    @Test
    void injectAtOrAfterTheEndIsReportedButOneJustBeforeIsFine() {
        doc().set("drill", """
                        {"injects": [{"id": "last", "at": "5h59m59s", "message": "just in time"},
                                     {"id": "end", "at": "6h", "message": "never delivered"},
                                     {"id": "late", "at": "6h1s", "message": "too late"}]}
                        """)
                .assertViolations("$.drill.injects[1].at: at 6h is not before the end of the scenario (6h)",
                        "$.drill.injects[2].at: at 6h1s is not before the end of the scenario (6h)");
    }

    @Test
    void injectNeedsTimeAndNonEmptyMessage() {
        doc().set("drill", """
                        {"injects": [{"id": "a", "message": "no time"},
                                     {"id": "b", "at": 60, "message": {"zh": " ", "en": ""}}]}
                        """)
                .assertViolations(
                        "$.drill.injects[1].message: must not be empty",
                        "$.drill.injects[0]: needs a trigger: at (a time), when (a condition) or after (another inject)");
    }

    @Test
    void warningCoverageIsAPercentage() {
        doc().set("drill", "{\"targets\": {\"warningCoverage\": 100.5, \"reliefHours\": 0, "
                        + "\"deathsPerMillion\": -1, \"affectedPer100k\": -0.5}}")
                .assertViolations(
                        "$.drill.targets.warningCoverage: must be a percentage between 0 and 100",
                        "$.drill.targets.reliefHours: must be > 0",
                        "$.drill.targets.deathsPerMillion: must be >= 0",
                        "$.drill.targets.affectedPer100k: must be >= 0");
    }

    @Test
    void fullWarningCoverageIsAccepted() throws Exception {
        assertNotNull(doc().set("drill", "{\"targets\": {\"warningCoverage\": 100}}").load());
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"id", "grid", "grid.cols", "grid.rows", "grid.cellSize", "duration", "layers", "layers.elevation"})
    void missingRequiredFieldIsReportedAsRequired(String field) {
        doc().remove(field).assertViolations("$." + field + ": is required");
    }

    @ParameterizedTest(name = "team without {0}")
    @CsvSource({"id", "level", "size", "base"})
    void missingTeamFieldIsReportedAsRequired(String field) {
        doc().set("forces", "{\"teams\": [" + ScenarioFolder.without(TEAM, field) + "]}")
                .assertViolations("$.forces.teams[0]." + field + ": is required");
    }

    @Test
    void nullIsRefusedNotTakenAsMissing() {
        doc().set("id", "null").assertViolations("$.id: must not be null (leave an optional field out)");
        doc().set("id", "\"mini\"").set("seed", "null").assertViolations("$.seed: must not be null (leave an optional field out)");
    }

    @Test
    void idsFollowTheIdPattern() {
        doc().set("id", "\"Mini Town\"")
                .assertViolations("$.id: 'Mini Town' is not a valid id (lower-case letters, digits, '-' and '_', "
                        + "at most 64)");
    }

    @Test
    void negativeDurationNumberIsReportedOnce() {
        doc().set("duration", "-60")
                .assertViolations("$.duration: -60: must not be negative");
    }

    @Test
    void durationAndTimeStepRanges() {
        doc().set("duration", "\"31d\"").set("timeStep", "\"2h\"")
                .assertViolations(
                        "$.duration: must be > 0 and at most 30d",
                        "$.timeStep: must be between 1s and 1h");
    }

    @Test
    void timeStepLongerThanDurationIsReported() {
        doc().set("duration", "\"30m\"").set("timeStep", "\"1h\"")
                .assertViolations("$.timeStep: must not be longer than the duration (30m)");
    }

    @Test
    void gridSizeLimits() {
        doc().set("grid", "{\"cols\": 0, \"rows\": 10001, \"cellSize\": -1}")
                .assertViolations(
                        "$.grid.cols: must be between 1 and 10000",
                        "$.grid.rows: must be between 1 and 10000",
                        "$.grid.cellSize: must be > 0 and at most 10000 (metres)");
    }

    @Test
    void gridCrsMustBeAnEpsgCode() throws Exception {
        doc().set("grid", "{\"cols\": 20, \"rows\": 10, \"cellSize\": 30, \"crs\": \"WGS84\"}")
                .assertViolations("$.grid.crs: 'WGS84' is not a coordinate system code like EPSG:4547 "
                        + "('EPSG:' and 4 to 6 digits)");
        doc().set("grid", "{\"cols\": 20, \"rows\": 10, \"cellSize\": 30, \"crs\": 4547}")
                .assertViolations("$.grid.crs: expected a string, found 4547");
        assertEquals("EPSG:4547", doc().set("grid", "{\"cols\": 20, \"rows\": 10, \"cellSize\": 30, "
                + "\"crs\": \"EPSG:4547\"}").load().scenario().grid().crs());
    }

    @Test
    void tooManyCellsInTotalIsReported() {
        doc().set("grid", "{\"cols\": 5000, \"rows\": 5000, \"cellSize\": 10}")
                .assertViolations("$.grid: cols x rows = 25000000 cells; at most 4000000 are supported");
    }

    @Test
    void otherFormatVersionIsRefused() {
        doc().set("format", "2").assertViolations("$.format: this Drillgrid reads scenario format 1, not 2");
    }

    @Test
    void negativeStockIsReportedPerItem() {
        doc().set("forces", """
                        {"depots": [{"id": "d1", "level": "city", "cell": [0, 0],
                                     "stock": {"tents": 10, "water-bottles": -5}}]}
                        """)
                .assertViolations("$.forces.depots[0].stock.water-bottles: must be >= 0");
    }

    @Test
    void unknownOrMissingHazardTypesAreReported() {
        doc().set("hazards", "[{\"type\": \"volcano\"}, {\"rain\": 3}]")
                .assertViolations("$.hazards[0].type: unknown type 'volcano' (known: [fire, flood, quake])",
                        "$.hazards[1]: missing field 'type' (one of: [fire, flood, quake])");
    }

    @Test
    void aFloodEntryIsCheckedFieldByField() {
        doc().set("hazards", """
                        [{"type": "flood", "manning": 2, "manningByLandUse": {"forest": 0.1, "swamp": 0.2},
                          "alpha": 0, "rainfall": {"series": [[0, 10], [0, 20]]},
                          "drainage": {"capacity": 30, "landUse": ["urban-dense", "downtown"]},
                          "boundaries": [{"edge": "up", "type": "free"},
                                         {"edge": "east", "from": 5, "to": 99, "type": "stage", "series": [[0, 100]]},
                                         {"edge": "south", "type": "inflow"}],
                          "inflows": [{"id": "culvert", "cell": [50, 2], "series": [[0, -1]]}]}]
                        """)
                .assertViolations(
                        "$.hazards[0].manning: must be > 0 and < 1 (s/m^(1/3); streets ~0.015, forest ~0.1)",
                        "$.hazards[0].manningByLandUse.swamp: unknown land use (one of none, water, urban-dense, "
                                + "urban-residential, industrial, cropland, forest, grassland, park, bare)",
                        "$.hazards[0].alpha: must be > 0 and at most 1",
                        "$.hazards[0].rainfall.series[1]: expected [t_seconds, value] with times rising",
                        "$.hazards[0].drainage.landUse[1]: unknown land use (one of none, water, urban-dense, "
                                + "urban-residential, industrial, cropland, forest, grassland, park, bare)",
                        "$.hazards[0].boundaries[0].edge: must be one of [west, east, north, south]",
                        "$.hazards[0].boundaries[1].to: must be between from (5) and 9",
                        "$.hazards[0].boundaries[2].series: is required: [[t_seconds, value], ...]",
                        "$.hazards[0].inflows[0].cell: cell [50, 2] is outside the grid (20 x 10)",
                        "$.hazards[0].inflows[0].series[0]: value: discharge must be between 0 and 300000 m³/s");
    }

    @Test
    void aQuakeEntryIsCheckedFieldByField() {
        doc().set("hazards", """
                        [{"type": "quake", "magnitude": 11, "epicentre": [30, 2], "depthKm": 0, "strikeDeg": 360,
                          "region": "mars", "aftershocks": {"minMagnitude": 6},
                          "dams": [{"levee": "x", "breachPga": 0}]}]
                        """)
                .assertViolations(
                        "$.hazards[0].magnitude: must be between 3.0 and 9.0",
                        "$.hazards[0].epicentre: cell [30, 2] is outside the grid (20 x 10)",
                        "$.hazards[0].depthKm: must be > 0 and at most 100 km (a shallow crustal earthquake)",
                        "$.hazards[0].strikeDeg: must be a bearing >= 0 and < 360 degrees",
                        "$.hazards[0].at: is required: when the main shock strikes, e.g. \"30m\"",
                        "$.hazards[0].region: must be one of [east, middle, xinjiang, tibet]",
                        "$.hazards[0].dams[0]: a dam breach needs a flood hazard, and this scenario has none",
                        "$.hazards[0].dams[0].breachPga: must be > 0 and at most 3 (g)");
    }

    @Test
    void aQuakeEpicentreIsACellOrCoordinatesAndAftershocksStayBelowBath() {
        doc().set("hazards", """
                        [{"type": "quake", "magnitude": 6, "epicentre": {"x": 1500.5, "y": -20000}, "at": "1h",
                          "aftershocks": {"minMagnitude": 4.9}}]
                        """).assertViolations("$.hazards[0].aftershocks.minMagnitude: must be below the largest "
                        + "aftershock Båth's law allows, magnitude - 1.2 = 4.8");
        doc().set("hazards", """
                        [{"type": "quake", "magnitude": 6, "epicentre": {"x": 1}, "at": "1h"}]
                        """).assertViolations("$.hazards[0].epicentre: expected a cell [col, row] or coordinates "
                        + "{\"x\": m, \"y\": m}");
    }

    @Test
    void aFireEntryIsCheckedFieldByField() {
        doc().set("hazards", """
                        [{"type": "fire", "ignitions": [{"cell": [3, 3], "at": "2h"}, {"cell": [3, 30]}],
                          "fuelModel": "XX9", "fuelModelByLandUse": {"forest": "TL99", "swamp": "GR1"},
                          "moisture": [6, 7, 8, 60], "wind": [[0, 5, 270], [0, 40, 360]], "roadBarriers": "some"}]
                        """)
                .assertViolations(
                        "$.hazards[0].ignitions[1].cell: cell [3, 30] is outside the grid (20 x 10)",
                        "$.hazards[0].ignitions[1].at: is required: when the fire starts",
                        "$.hazards[0].fuelModelByLandUse: give either fuelModel (one for all) or fuelModelByLandUse",
                        "$.hazards[0].fuelModel: unknown fuel model 'XX9' (Anderson 1-13 or Scott and Burgan codes "
                                + "such as GR2, GS4, TU5, TL8, NB1)",
                        "$.hazards[0].fuelModelByLandUse.forest: unknown fuel model 'TL99'",
                        "$.hazards[0].fuelModelByLandUse.swamp: unknown land use (one of none, water, urban-dense, "
                                + "urban-residential, industrial, cropland, forest, grassland, park, bare)",
                        "$.hazards[0].moisture: expected five percentages: [1 h, 10 h, 100 h, live herbaceous, "
                                + "live woody]",
                        "$.hazards[0].wind[1]: time must be >= 0 and rise from entry to entry",
                        "$.hazards[0].wind[1]: midflame wind must be between 0 and 30 m/s",
                        "$.hazards[0].wind[1]: direction must be a bearing >= 0 and < 360 degrees (where the wind "
                                + "blows from)",
                        "$.hazards[0].roadBarriers: must be one of [all, major, none]");
    }

    @Test
    void aSecondEntryOfAHazardTypeIsRefused() {
        doc().set("hazards", "[{\"type\": \"fire\"}, {\"type\": \"fire\", \"fuelModel\": \"gs4\"}]")
                .assertViolations("$.hazards[1]: only one fire entry per scenario (put all of it into one)");
    }

    @Test
    void rainfallIsASeriesOrADesignStormNotBoth() {
        doc().set("hazards", """
                        [{"type": "flood", "rainfall": {"series": [[0, 5]],
                          "design": {"returnPeriod": 50, "duration": "2h", "a1": 10, "c": 0.8, "b": 10, "n": 0.7}}}]
                        """)
                .assertViolations("$.hazards[0].rainfall: give exactly one of series and design");
        doc().set("hazards", """
                        [{"type": "flood", "rainfall": {"design": {"returnPeriod": 0.5, "duration": "2h",
                          "peakRatio": 1.5, "c": 0.8, "b": 10, "n": 1.2}}}]
                        """)
                .assertViolations("$.hazards[0].rainfall.design.returnPeriod: is required: years >= 1",
                        "$.hazards[0].rainfall.design.peakRatio: must be between 0 and 1",
                        "$.hazards[0].rainfall.design.a1: is required: the formula coefficient A1 > 0 (mm/min)",
                        "$.hazards[0].rainfall.design.n: is required: the formula exponent n, 0 < n < 1");
    }

    @Test
    void infiltrationModelAndCurveNumbersAreChecked() {
        doc().set("hazards", """
                        [{"type": "flood", "infiltration": {"model": "horton", "soil": "peat", "initialSaturation": 1.2,
                          "curveNumberByLandUse": {"forest": 20, "marsh": 80}}}]
                        """)
                .assertViolations(
                        "$.hazards[0].infiltration.model: must be one of [none, curve-number, green-ampt]",
                        "$.hazards[0].infiltration.soil: unknown soil texture (one of sand, loamy-sand, sandy-loam, "
                                + "loam, silt-loam, sandy-clay-loam, clay-loam, silty-clay-loam, sandy-clay, silty-clay, clay)",
                        "$.hazards[0].infiltration.initialSaturation: must be >= 0 and < 1",
                        "$.hazards[0].infiltration.curveNumberByLandUse.forest: must be between 30 and 100",
                        "$.hazards[0].infiltration.curveNumberByLandUse.marsh: unknown land use (one of none, water, "
                                + "urban-dense, urban-residential, industrial, cropland, forest, grassland, park, bare)");
    }

    @Test
    void reservoirsAndLeveesAreChecked() {
        doc().set("hazards", """
                        [{"type": "flood", "reservoirs": [{"id": "lake", "cell": [25, 1]}],
                          "levees": [{"id": "dam", "cells": [[3, 1], [3, 2]], "crest": 101,
                                      "breach": {"cells": [[4, 2]], "to": 102}}]}]
                        """)
                .assertViolations("$.hazards[0].reservoirs[0].cell: cell [25, 1] is outside the grid (20 x 10)",
                        "$.hazards[0].reservoirs[0].level: is required: the water level at t = 0, m above datum",
                        "$.hazards[0].levees[0].breach.at: is required: when the levee gives way",
                        "$.hazards[0].levees[0].breach.to: must be below the crest (101.0)",
                        "$.hazards[0].levees[0].breach.cells[0]: cell [4, 2] is not one of the levee's cells");
    }

    @Test
    void rainZonesAreRectanglesInTheGridWithAFactor() {
        doc().set("hazards", """
                        [{"type": "flood", "rainfall": {"series": [[0, 5]], "zones": [
                          {"cells": [0, 0, 25, 3], "factor": 1.5}, {"cells": [5, 5, 2, 6], "factor": 1},
                          {"cells": [1, 1], "factor": -1}]}}]
                        """)
                .assertViolations("$.hazards[0].rainfall.zones[0].cells: rectangle [0, 0, 25, 3] reaches outside the grid (20 x 10)",
                        "$.hazards[0].rainfall.zones[1].cells: col0 <= col1 and row0 <= row1",
                        "$.hazards[0].rainfall.zones[2].factor: is required: a factor from 0 to 10",
                        "$.hazards[0].rainfall.zones[2].cells: expected [col0, row0, col1, row1]");
    }

    @Test
    void aValidFloodEntryLoads() throws Exception {
        var s = doc().set("hazards", """
                        [{"type": "flood", "manningByLandUse": {"urban-dense": 0.02},
                          "rainfall": {"series": [[0, 10], [3600, 60.5], [7200, 0]]},
                          "drainage": {"capacity": 30},
                          "boundaries": [{"edge": "east", "type": "free"}],
                          "inflows": [{"id": "culvert", "cell": [5, 2], "series": [[0, 1.5]]}]}]
                        """).load().scenario();
        var flood = (org.drillgrid.model.hazard.FloodSpec) s.hazardsOrEmpty().get(0);
        assertEquals(60.5, flood.rainfall().series().at(5000));
        assertEquals(0, flood.rainfall().series().at(9000));
    }

    @Test
    void hazardThatIsNotAnObjectIsReportedOnce() {
        doc().set("hazards", "[1]").assertViolations("$.hazards[0]: missing field 'type' (one of: [fire, flood, quake])");
    }

    @Test
    void parseChecksTheDocumentWithoutReadingLayers() throws Exception {
        Path file = doc().set("layers.elevation", "{\"file\": \"absent.asc\"}").document();
        assertEquals("mini", ScenarioLoader.parse(ScenarioSource.file(file)).id());
        ScenarioFolder.assertSameViolations(ScenarioFolder.violationsOf(() -> ScenarioLoader.load(
                ScenarioSource.file(file))), "$.layers.elevation.file: no such file: absent.asc");
    }

    @Test
    void layersAreNotReadWhileTheGridIsBroken() {
        doc().set("grid.cellSize", "\"thirty\"")
                .set("layers.elevation", "{\"file\": \"absent.asc\"}")
                .assertViolations("$.grid.cellSize: expected a number, found the string \"thirty\"");
    }
}
