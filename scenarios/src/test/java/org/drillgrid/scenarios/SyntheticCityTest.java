package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator is deterministic and really is where the shipped layers come from. */
class SyntheticCityTest {

    static List<CityPlan> presets() {
        return CityPlan.presets();
    }

    /** The documented seed reproduces the shipped files byte for byte (scenarios/README.md). */
    @ParameterizedTest
    @MethodSource("presets")
    void regeneratingGivesTheShippedLayersByteForByte(CityPlan plan, @TempDir Path dir) throws IOException {
        List<Path> written = SyntheticCity.write(plan, dir);
        assertEquals(5, written.size());
        for (Path file : written) {
            String name = file.getFileName().toString();
            byte[] shipped = Bundled.resource(plan.id(), name);
            byte[] generated = Files.readAllBytes(file);
            if (!Arrays.equals(shipped, generated)) {
                fail(plan.id() + "/" + name + " differs from what SyntheticCity writes, first at line "
                        + firstDifferentLine(shipped, generated)
                        + ": regenerate the layers as scenarios/README.md says, or restore the generator");
            }
        }
    }

    @Test
    void mainWritesEveryPresetIntoAFolderNamedAfterIt(@TempDir Path dir) throws IOException {
        SyntheticCity.main(new String[] {dir.toString()});
        for (CityPlan plan : CityPlan.presets()) {
            for (String file : List.of("elevation.asc", "landuse.asc", "population.asc", "buildings.asc",
                    "roads.asc")) {
                assertTrue(Files.isRegularFile(dir.resolve(plan.id()).resolve(file)), plan.id() + "/" + file);
            }
        }
    }

    /** Whole people are placed so that they add up to the plan's number exactly, whatever the seed. */
    @ParameterizedTest
    @MethodSource("presets")
    void populationAddsUpToThePlanExactly(CityPlan plan) {
        CityPlan reseeded = new CityPlan(plan.id(), plan.cols(), plan.rows(), plan.cellSize(), plan.seed() + 1,
                plan.terrain(), plan.population());
        assertEquals(plan.population(), SyntheticCity.generate(plan).population().sum());
        assertEquals(plan.population(), SyntheticCity.generate(reseeded).population().sum());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void anotherSeedDrawsAnotherCity(CityPlan plan) {
        CityPlan reseeded = new CityPlan(plan.id(), plan.cols(), plan.rows(), plan.cellSize(), plan.seed() + 1,
                plan.terrain(), plan.population());
        assertNotEquals(SyntheticCity.generate(plan).elevation(), SyntheticCity.generate(reseeded).elevation());
    }

    private static int firstDifferentLine(byte[] a, byte[] b) {
        String[] x = new String(a, StandardCharsets.US_ASCII).split("\n", -1);
        String[] y = new String(b, StandardCharsets.US_ASCII).split("\n", -1);
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) {
            i++;
        }
        return i + 1;
    }
}
