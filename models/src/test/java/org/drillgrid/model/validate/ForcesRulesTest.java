package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.drillgrid.model.scenario.Depot;
import org.drillgrid.model.scenario.ReliefItem;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.scenario.TeamEquipment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad equipment, call-up, truck, stock, agreement or production value gives one path-named violation. */
class ForcesRulesTest {

    private static final String TEAM = "{\"id\": \"t1\", \"level\": \"military\", \"size\": 200, \"base\": [1, 2]}";
    private static final String DEPOT = "{\"id\": \"d1\", \"level\": \"city\", \"cell\": [3, 3]}";
    private static final String SHELTER = "{\"id\": \"s1\", \"cell\": [4, 4], \"capacity\": 300}";
    private static final String KNOWN = ReliefItem.all().stream().map(ReliefItem::id)
            .collect(Collectors.joining(", "));

    @TempDir
    Path dir;

    private ScenarioFolder doc() {
        return ScenarioFolder.minimal(dir);
    }

    private ScenarioFolder withTeam(String field, String valueJson) {
        return doc().set("forces", "{\"teams\": [" + ScenarioFolder.with(TEAM, field, valueJson) + "]}");
    }

    private ScenarioFolder withDepot(String field, String valueJson) {
        return doc().set("forces", "{\"depots\": [" + ScenarioFolder.with(DEPOT, field, valueJson) + "]}");
    }

    private ScenarioFolder withShelter(String field, String valueJson) {
        return doc().set("forces", "{\"shelters\": [" + ScenarioFolder.with(SHELTER, field, valueJson) + "]}");
    }

    private static String unknownItem(String id) {
        return "unknown item '" + id + "' (known: " + KNOWN + ")";
    }

    @Test
    void aTeamWithEquipmentAndCallUpLoads() throws Exception {
        Scenario s = withTeam("equipment", "{\"boats\": 0, \"pumps\": 3, \"pumpRate\": 500, \"lifeDetectors\": 0}")
                .load().scenario();
        Team t = s.forcesOrNone().teamsOrEmpty().get(0);
        assertEquals(new TeamEquipment(0, 3, 500.0, 0), t.equipmentOrDefault());
        assertEquals(6 * 3600, t.requestDelaySeconds(), "a military team without requestDelay: 6 h");
        Team week = withTeam("requestDelay", "\"7d\"").load().scenario().forcesOrNone().teamsOrEmpty().get(0);
        assertEquals(7 * 86_400, week.requestDelaySeconds());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "boats         | -1 | must be >= 0",
        "pumps         | -2 | must be >= 0",
        "lifeDetectors | -1 | must be >= 0",
        "pumpRate      | 0  | must be > 0 (m³/h per pump)"})
    void badEquipmentValueIsReportedOnce(String field, String value, String message) {
        withTeam("equipment", "{\"" + field + "\": " + value + "}")
                .assertViolations("$.forces.teams[0].equipment." + field + ": " + message);
    }

    @ParameterizedTest(name = "requestDelay {0}")
    @CsvSource({"0", "'\"8d\"'", "'\"7d1s\"'"})
    void requestDelayIsMoreThanNothingAndAtMostAWeek(String value) {
        withTeam("requestDelay", value)
                .assertViolations("$.forces.teams[0].requestDelay: must be > 0 and at most 7d");
    }

    @Test
    void unknownEquipmentFieldAndNonBooleanOnRequestAreReportedOnce() {
        withTeam("equipment", "{\"helicopters\": 1}")
                .assertViolations("$.forces.teams[0].equipment.helicopters: unknown field "
                        + "(allowed: boats, lifeDetectors, pumpRate, pumps)");
        withTeam("onRequest", "\"yes\"")
                .assertViolations("$.forces.teams[0].onRequest: expected true or false, found the string \"yes\"");
    }

    @Test
    void aDepotWithTrucksAgreementsAndProductionLoads() throws Exception {
        Scenario s = doc().set("forces", """
                        {"depots": [{"id": "d1", "level": "county", "cell": [3, 3], "trucks": 0, "truckCapacityKg": 8000,
                          "stock": {"quilts": 0, "satellite-phones": 4},
                          "agreements": [{"item": "water-bottles", "quantity": 1, "leadTime": "7d"}],
                          "production": [{"item": "quilts", "perDay": 2000}]}]}
                        """).load().scenario();
        Depot d = s.forcesOrNone().depotsOrEmpty().get(0);
        assertEquals(0, d.trucksOrDefault());
        assertEquals(8000.0, d.truckCapacityKgOrDefault());
        assertEquals(7 * 86_400, d.agreementsOrEmpty().get(0).leadTime().seconds());
        assertEquals(86_400, d.productionOrEmpty().get(0).startDelaySeconds());
    }

    @Test
    void negativeTrucksAndEmptyTrucksAreReportedOnce() {
        withDepot("trucks", "-1").assertViolations("$.forces.depots[0].trucks: must be >= 0");
        withDepot("truckCapacityKg", "0")
                .assertViolations("$.forces.depots[0].truckCapacityKg: must be > 0 (kg per truck)");
    }

    @Test
    void unknownStockItemIsNamedWithTheKnownOnes() {
        withDepot("stock", "{\"tents\": 10, \"tent\": 5}")
                .assertViolations("$.forces.depots[0].stock.tent: " + unknownItem("tent"));
    }

    @Test
    void unknownNegativeStockItemIsReportedOnceAsUnknown() {
        withDepot("stock", "{\"blankets\": -5}")
                .assertViolations("$.forces.depots[0].stock.blankets: " + unknownItem("blankets"));
    }

    @ParameterizedTest(name = "agreement {0}")
    @CsvSource(delimiter = '|', value = {
        "{\"item\": \"bread\", \"quantity\": 10, \"leadTime\": \"4h\"}"
                + "| item     | unknown item 'bread' (known: %s)",
        "{\"quantity\": 10, \"leadTime\": \"4h\"}"
                + "| item     | is required: an item id (%s)",
        "{\"item\": \"food-rations\", \"quantity\": 0, \"leadTime\": \"4h\"}"
                + "| quantity | must be > 0",
        "{\"item\": \"food-rations\", \"leadTime\": \"4h\"}"
                + "| quantity | is required: units delivered > 0",
        "{\"item\": \"food-rations\", \"quantity\": 10}"
                + "| leadTime | is required: time from the call to delivery",
        "{\"item\": \"food-rations\", \"quantity\": 10, \"leadTime\": 0}"
                + "| leadTime | must be > 0 and at most 7d",
        "{\"item\": \"food-rations\", \"quantity\": 10, \"leadTime\": \"8d\"}"
                + "| leadTime | must be > 0 and at most 7d"})
    void badAgreementIsReportedOnceAtItsField(String agreement, String field, String message) {
        withDepot("agreements", "[" + agreement + "]")
                .assertViolations("$.forces.depots[0].agreements[0]." + field + ": " + message.formatted(KNOWN));
    }

    @ParameterizedTest(name = "production {0}")
    @CsvSource(delimiter = '|', value = {
        "{\"item\": \"blankets\", \"perDay\": 10}              | item       | unknown item 'blankets' (known: %s)",
        "{\"item\": \"quilts\", \"perDay\": -1}                | perDay     | must be > 0",
        "{\"item\": \"quilts\"}                                | perDay     | is required: units a day > 0",
        "{\"item\": \"quilts\", \"perDay\": 10, \"startDelay\": 0}   | startDelay | must be > 0 and at most 7d",
        "{\"item\": \"quilts\", \"perDay\": 10, \"startDelay\": \"30d\"} | startDelay | must be > 0 and at most 7d"})
    void badProductionIsReportedOnceAtItsField(String production, String field, String message) {
        withDepot("production", "[" + production + "]")
                .assertViolations("$.forces.depots[0].production[0]." + field + ": " + message.formatted(KNOWN));
    }

    @Test
    void agreementQuantityOfTheWrongTypeIsReportedOnceNotAlsoAsMissing() {
        withDepot("agreements", "[{\"item\": \"quilts\", \"quantity\": \"lots\", \"leadTime\": \"4h\"}]")
                .assertViolations("$.forces.depots[0].agreements[0].quantity: "
                        + "expected an integer, found the string \"lots\"");
    }

    @Test
    void shelterStockIsCheckedLikeDepotStockAndOpenBinds() throws Exception {
        withShelter("stock", "{\"quilts\": -1}").assertViolations("$.forces.shelters[0].stock.quilts: must be >= 0");
        withShelter("stock", "{\"mats\": 1}").assertViolations("$.forces.shelters[0].stock.mats: " + unknownItem("mats"));
        assertFalse(withShelter("open", "false").load().scenario().forcesOrNone().sheltersOrEmpty().get(0)
                .openOrDefault());
    }
}
