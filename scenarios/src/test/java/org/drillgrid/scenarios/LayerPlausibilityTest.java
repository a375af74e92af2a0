package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.validate.LoadedScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that hold for both generated scenarios, read from the shipped layers. */
class LayerPlausibilityTest {

    /**
     * Casualty and affected-person targets are rates per million and per 100 000 residents, so the
     * population the READMEs state must be the population the layers hold: within 10 %.
     */
    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.SyntheticCityTest#presets")
    void populationIsWithinTenPercentOfThePlan(CityPlan plan) {
        double people = Bundled.layer(Bundled.load(plan.id()), "population").sum();
        assertEquals(plan.population(), people, 0.10 * plan.population(), plan.id());
    }

    /** People live in buildings: a populated cell has a structure class, and nobody lives on water. */
    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.SyntheticCityTest#presets")
    void peopleLiveInBuildingsAndNotOnWater(CityPlan plan) {
        LoadedScenario s = Bundled.load(plan.id());
        GridLayer population = Bundled.layer(s, "population");
        GridLayer buildings = Bundled.layer(s, "buildings");
        GridLayer landUse = Bundled.layer(s, "landUse");
        for (int i = 0; i < population.size(); i++) {
            boolean water = LandUse.ofCode(landUse.at(i)) == LandUse.WATER;
            String where = plan.id() + " cell [" + i % population.cols() + ", " + i / population.cols() + "]";
            assertTrue(population.at(i) == 0 || buildings.at(i) != 0, where + " has people but no buildings");
            assertTrue(!water || population.at(i) == 0 && buildings.at(i) == 0,
                    where + " is water with people or buildings");
        }
    }

    /** The dense core is where most people per cell live: denser on average than the residential land. */
    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.SyntheticCityTest#presets")
    void denseUrbanCellsHoldMorePeopleThanResidentialOnes(CityPlan plan) {
        LoadedScenario s = Bundled.load(plan.id());
        assertTrue(meanPopulation(s, LandUse.URBAN_DENSE) > 1.5 * meanPopulation(s, LandUse.URBAN_RESIDENTIAL),
                plan.id());
    }

    private static double meanPopulation(LoadedScenario s, LandUse use) {
        GridLayer population = Bundled.layer(s, "population");
        GridLayer landUse = Bundled.layer(s, "landUse");
        double people = 0;
        int cells = 0;
        for (int i = 0; i < population.size(); i++) {
            if (LandUse.ofCode(landUse.at(i)) == use) {
                people += population.at(i);
                cells++;
            }
        }
        return people / cells;
    }
}
