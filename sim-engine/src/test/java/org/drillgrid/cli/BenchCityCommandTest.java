package org.drillgrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.bench.BenchmarkCity;
import org.drillgrid.engine.people.Population;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bench city}: the output's shape (never its timings: speed is measured by running the command,
 * not by tests) and the city it builds: the size the issue asks for, valid by the scenario rules,
 * the same for the same seed.
 */
class BenchCityCommandTest {

    private static LoadedScenario city;

    @BeforeAll
    static void buildCity() {
        city = BenchmarkCity.build(1);
    }

    @Test
    void aShortRunEndsWithTheSimWallLine() {
        CliRun r = CliRun.of("bench", "city", "--until", "10m", "--runs", "1", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(lines.size() - 1).matches("sim/wall: \\d+"), r.out());
        assertTrue(r.out().contains("  run 1: "), r.out());
        assertTrue(r.out().contains("flow fields computed"), r.out());
        assertTrue(r.out().contains("flood alone: "), "the flood's share is printed by default: " + r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("median of 1: .* x real time")), r.out());
    }

    @Test
    void withoutFloodRunsTheLastLineIsStillSimWall() {
        CliRun r = CliRun.of("bench", "city", "--until", "5m", "--runs", "1", "--warmup", "0", "--flood-runs", "0");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(lines.size() - 1).matches("sim/wall: \\d+"), r.out());
        assertTrue(!r.out().contains("flood alone"), r.out());
    }

    @Test
    void badOptionsExit2WithoutAStackTrace() {
        for (String[] args : List.of(new String[] {"bench", "city", "--until", "73h"},
                new String[] {"bench", "city", "--runs", "0"}, new String[] {"bench", "city", "--until", "soon"})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(!r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void theCityHasTheIssuesSize() {
        var s = city.scenario();
        assertEquals(500, s.grid().cols());
        assertEquals(500, s.grid().rows());
        assertEquals(72 * 3600, s.duration().seconds());
        assertEquals(60, s.timeStepSeconds());
        assertEquals(262_000, Math.round(city.layer("population").orElseThrow().sum()));
        Population households = Population.of(city.layer("population").orElseThrow(), new MersenneTwisterFast(1));
        assertTrue(households.count() > 95_000 && households.count() < 110_000, "about 100 000 households, are "
                + households.count());
        var forces = s.forcesOrNone();
        assertEquals(200, forces.teamsOrEmpty().size());
        assertEquals(20, forces.depotsOrEmpty().size());
        assertEquals(40, forces.sheltersOrEmpty().size());
        assertTrue(forces.teamsOrEmpty().stream().anyMatch(Team::onRequestOrDefault), "some teams held in reserve");
        assertTrue(forces.teamsOrEmpty().stream().anyMatch(t -> t.equipmentOrDefault().boats() > 0), "boat teams");
        assertTrue(forces.teamsOrEmpty().stream().anyMatch(t -> t.equipmentOrDefault().pumps() > 0), "pump teams");
        assertEquals(1, s.hazardsOrEmpty().size());
    }

    @Test
    void theSameSeedGivesTheSameCity() {
        LoadedScenario again = BenchmarkCity.build(1);
        for (String layer : List.of("elevation", "landUse", "population", "buildings", "roads")) {
            assertArrayEquals(city.layer(layer).orElseThrow().toArray(), again.layer(layer).orElseThrow().toArray(),
                    layer);
        }
        assertEquals(city.scenario(), again.scenario());
    }

    @Test
    void theCityPassesTheScenarioValidator() throws IOException, ScenarioException {
        // the document and its layers as a bundled scenario would have them, served from memory
        String document = Json.mapper().writeValueAsString(city.scenario());
        Map<String, String> files = new java.util.HashMap<>();
        city.scenario().layers().present().forEach((name, spec) -> files.put(((LayerSpec.FromFile) spec).file(),
                ascii(city.layer(name).orElseThrow())));
        ScenarioSource memory = new ScenarioSource() {
            @Override
            public String describe() {
                return "memory:bench-city";
            }

            @Override
            public String documentName() {
                return "scenario.json";
            }

            @Override
            public InputStream openDocument() {
                return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public InputStream openRelative(String relative) throws IOException {
                String text = files.get(relative);
                if (text == null) {
                    throw new NoSuchFileException(relative);
                }
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        LoadedScenario read = ScenarioLoader.load(memory); // throws with every violation when invalid
        assertEquals(city.scenario().forcesOrNone(), read.scenario().forcesOrNone());
    }

    private static String ascii(GridLayer layer) {
        StringWriter w = new StringWriter();
        try {
            AsciiGrid.write(w, new AsciiGrid.Header(layer.cols(), layer.rows(), 0, 0, BenchmarkCity.CELL_SIZE,
                    AsciiGrid.DEFAULT_NODATA), layer, 3);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
