package org.drillgrid.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.json.Json;
import org.junit.jupiter.api.Test;

/** The defaults of teams, depots and shelters, and the relief-item catalog they name items from. */
class ForcesDefaultsTest {

    private static final CellRef HERE = new CellRef(0, 0);

    private static Team team(TeamLevel level, int size, List<TeamSkill> skills) {
        return new Team("t", null, level, size, skills, HERE, null, null, null);
    }

    private static Depot depot(DepotLevel level) {
        return new Depot("d", null, level, HERE, null, null, null, null, null);
    }

    @Test
    void equipmentFollowsSizeAndSkillsWhenAbsent() {
        Team fire = team(TeamLevel.CITY, 45, List.of(TeamSkill.WATER_RESCUE, TeamSkill.URBAN_SEARCH_RESCUE));
        assertEquals(new TeamEquipment(4, 0, 300.0, 2), fire.equipmentOrDefault());
        Team flood = team(TeamLevel.TOWNSHIP, 30, List.of(TeamSkill.FLOOD_FIGHTING));
        assertEquals(new TeamEquipment(0, 2, 300.0, 0), flood.equipmentOrDefault());
        Team medical = team(TeamLevel.CITY, 20, List.of(TeamSkill.MEDICAL));
        assertEquals(new TeamEquipment(0, 0, 300.0, 0), medical.equipmentOrDefault());
    }

    @Test
    void aSmallTeamWithASkillHasAtLeastOneOfItsKit() {
        Team village = team(TeamLevel.VILLAGE, 5,
                List.of(TeamSkill.WATER_RESCUE, TeamSkill.FLOOD_FIGHTING, TeamSkill.URBAN_SEARCH_RESCUE));
        assertEquals(new TeamEquipment(1, 1, 300.0, 1), village.equipmentOrDefault());
    }

    @Test
    void givenEquipmentFieldsKeepTheirValuesAndOnlyAbsentOnesDefault() {
        Team t = new Team("t", null, TeamLevel.CITY, 60, List.of(TeamSkill.WATER_RESCUE, TeamSkill.FLOOD_FIGHTING),
                HERE, new TeamEquipment(0, null, 120.0, null), null, null);
        assertEquals(new TeamEquipment(0, 4, 120.0, 0), t.equipmentOrDefault());
    }

    @Test
    void militaryAndNeighbouringTeamsComeOnRequestAfterTheirOwnDelays() {
        assertTrue(team(TeamLevel.MILITARY, 200, null).onRequestOrDefault());
        assertTrue(team(TeamLevel.NEIGHBOURING, 60, null).onRequestOrDefault());
        assertFalse(team(TeamLevel.CITY, 50, null).onRequestOrDefault());
        assertFalse(team(TeamLevel.SOCIAL, 20, null).onRequestOrDefault());
        assertEquals(6 * 3600, team(TeamLevel.MILITARY, 200, null).requestDelaySeconds());
        assertEquals(4 * 3600, team(TeamLevel.NEIGHBOURING, 60, null).requestDelaySeconds());
        assertEquals(2 * 3600, team(TeamLevel.SOCIAL, 20, null).requestDelaySeconds());
        assertEquals(2 * 3600, team(TeamLevel.CITY, 50, null).requestDelaySeconds());
    }

    @Test
    void explicitCallUpOverridesTheLevelDefaults() {
        Team army = new Team("t", null, TeamLevel.MILITARY, 200, null, HERE, null, false, SimDuration.ofHours(3));
        assertFalse(army.onRequestOrDefault());
        assertEquals(3 * 3600, army.requestDelaySeconds());
    }

    @Test
    void depotTrucksFollowTheLevelAndCarryFiveTonnes() {
        assertEquals(6, depot(DepotLevel.CITY).trucksOrDefault());
        assertEquals(4, depot(DepotLevel.COUNTY).trucksOrDefault());
        assertEquals(2, depot(DepotLevel.TOWNSHIP).trucksOrDefault());
        Depot d = depot(DepotLevel.CITY);
        assertEquals(5000.0, d.truckCapacityKgOrDefault());
        assertEquals(Map.of(), d.stockOrEmpty());
        assertEquals(List.of(), d.agreementsOrEmpty());
        assertEquals(List.of(), d.productionOrEmpty());
        Depot none = new Depot("d", null, DepotLevel.CITY, HERE, null, 0, 8000.0, null, null);
        assertEquals(0, none.trucksOrDefault());
        assertEquals(8000.0, none.truckCapacityKgOrDefault());
    }

    @Test
    void productionStartsADayAfterTheCallUnlessTold() {
        assertEquals(86_400, new Depot.Production("quilts", 2000L, null).startDelaySeconds());
        assertEquals(7200, new Depot.Production("quilts", 2000L, SimDuration.ofHours(2)).startDelaySeconds());
    }

    @Test
    void sheltersAreOpenAndEmptyUnlessTold() {
        Shelter s = new Shelter("s", null, "school", HERE, 800, null, null);
        assertTrue(s.openOrDefault());
        assertEquals(Map.of(), s.stockOrEmpty());
        assertFalse(new Shelter("s", null, "school", HERE, 800, false, null).openOrDefault());
    }

    @Test
    void newForcesFieldsBindFromADocument() throws JsonProcessingException {
        Team t = Json.mapper().readValue("""
                {"id": "army", "level": "military", "size": 200, "base": [1, 1],
                 "equipment": {"boats": 12, "pumpRate": 450.5}, "onRequest": true, "requestDelay": "5h30m"}
                """, Team.class);
        assertEquals(new TeamEquipment(12, null, 450.5, null), t.equipment());
        assertEquals(5 * 3600 + 1800, t.requestDelaySeconds());
        Depot d = Json.mapper().readValue("""
                {"id": "city", "level": "city", "cell": [2, 2], "trucks": 8, "truckCapacityKg": 2500,
                 "agreements": [{"item": "food-rations", "quantity": 60000, "leadTime": "4h"}],
                 "production": [{"item": "quilts", "perDay": 2000}]}
                """, Depot.class);
        assertEquals(List.of(new Depot.Agreement(ReliefItem.FOOD, 60_000L, SimDuration.ofHours(4))),
                d.agreementsOrEmpty());
        assertEquals(86_400, d.productionOrEmpty().get(0).startDelaySeconds());
        assertEquals(8, d.trucksOrDefault());
        Shelter s = Json.mapper().readValue("""
                {"id": "school", "cell": [3, 3], "capacity": 800, "open": false, "stock": {"quilts": 100}}
                """, Shelter.class);
        assertFalse(s.openOrDefault());
        assertEquals(Map.of("quilts", 100L), s.stockOrEmpty());
    }

    @Test
    void catalogIdsAreUniqueAndNameTheFoodAndWaterItems() {
        List<ReliefItem> all = ReliefItem.all();
        assertEquals(18, all.size());
        assertEquals(all.size(), new HashSet<>(all.stream().map(ReliefItem::id).toList()).size());
        assertTrue(all.stream().allMatch(i -> i.unitKg() > 0 && !i.unit().isBlank()));
        ReliefItem food = ReliefItem.of(ReliefItem.FOOD).orElseThrow();
        assertEquals(ItemCategory.FOOD, food.category());
        assertEquals(1.0, food.unitKg());
        ReliefItem water = ReliefItem.of(ReliefItem.WATER).orElseThrow();
        assertEquals(ItemCategory.WATER, water.category());
        assertEquals(3.0, water.unitKg(), "a person-day of drinking water: 3 L");
        assertEquals(new ReliefItem("tents", ItemCategory.LIVING, "relief tent, 12 m2, sleeps 5", 40),
                ReliefItem.of("tents").orElseThrow());
        assertTrue(ReliefItem.of("tent").isEmpty());
    }

    @Test
    void itemCategoriesUseTheirDocumentSpelling() throws JsonProcessingException {
        assertEquals("\"comms\"", Json.mapper().writeValueAsString(ItemCategory.COMMS));
        assertEquals(ItemCategory.QUAKE, Json.mapper().readValue("\"quake\"", ItemCategory.class));
    }
}
