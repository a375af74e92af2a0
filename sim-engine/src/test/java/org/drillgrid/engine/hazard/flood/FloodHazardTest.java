package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drillgrid.cli.Cli;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.UnderpassFlooded;
import org.drillgrid.model.grid.AsciiGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flood hazard in a run: rain ponds in an underpass hollow, outputs and events follow. */
class FloodHazardTest {

    /** Rain 100 mm/h for 1 h and 20 mm/h for 0.5 h on 200 cells of 900 m²: 100 + 10 = 110 mm. */
    private static final double RAIN_M3 = 0.110 * 200 * 900;
    private static final double BUDGET_TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    private static String scenario() throws URISyntaxException {
        return Path.of(FloodHazardTest.class.getResource("/tiny-flood/scenario.json").toURI()).toString();
    }

    private List<SimEvent> run(String name, String... extra) throws Exception {
        Path out = dir.resolve(name);
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"run", scenario(), "--out", out.toString(), "--quiet", "--seed=1"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        assertEquals(0, Cli.execute(args));
        return EventLogReader.readAll(new StringReader(Files.readString(out.resolve("events.jsonl"))));
    }

    @Test
    void rainFillsTheUnderpassClosesItAndTheBudgetBalances() throws Exception {
        List<SimEvent> events = run("a", "--grid-times", "1h,2h");
        UnderpassFlooded closed = events.stream().filter(e -> e instanceof UnderpassFlooded u && u.closed())
                .map(e -> (UnderpassFlooded) e).findFirst().orElseThrow();
        assertEquals(List.of(10, 5), closed.cell());
        assertTrue(closed.t() > 1800, "no water before the rain starts at 30 min");
        assertTrue(events.stream().anyMatch(e -> e instanceof ShelterFlooded s && s.shelter().equals("hollow-school")));
        List<FloodStatus> status = events.stream().filter(e -> e instanceof FloodStatus).map(e -> (FloodStatus) e)
                .toList();
        assertEquals(List.of(3600L, 7200L, 10800L, 14400L), status.stream().map(FloodStatus::t).toList());
        assertEquals(100.0, status.get(0).rain(), "rain in the hour before 1 h");
        assertTrue(status.get(1).roadsClosedToCars() >= 1, "the underpass road cell is closed to cars at 2 h");
        assertTrue(status.get(1).roadsClosedToTrucks() <= status.get(1).roadsClosedToCars());

        Path out = dir.resolve("a");
        for (String grid : List.of("depth_3600.asc", "depth_7200.asc", "speed_3600.asc", "max_depth.asc")) {
            var raster = AsciiGrid.read(Files.newBufferedReader(out.resolve("grids").resolve(grid)));
            assertEquals(20, raster.header().cols());
            assertEquals(500000, raster.header().xll());
            assertTrue(raster.layer().min() >= 0, grid + ": no negative depth");
        }
        var max = AsciiGrid.read(Files.newBufferedReader(out.resolve("grids/max_depth.asc"))).layer();
        assertTrue(max.get(10, 5) >= FloodHazard.UNDERPASS_CLOSED, "the hollow filled: " + max.get(10, 5));

        var firstWet = AsciiGrid.read(Files.newBufferedReader(out.resolve("grids/first_wet.asc"))).layer();
        assertTrue(firstWet.get(10, 5) > 1800 && firstWet.get(10, 5) <= closed.t(),
                "the hollow got wet after the rain began and before it closed: " + firstWet.get(10, 5));
        assertTrue(Double.isNaN(firstWet.get(0, 0)), "the dry upper corner is nodata");
        var hazard = AsciiGrid.read(Files.newBufferedReader(out.resolve("grids/max_hazard.asc"))).layer();
        assertTrue(hazard.get(10, 5) >= HazardRating.SIGNIFICANT, "deep water among houses: " + hazard.get(10, 5));

        List<String> rows = Files.readAllLines(out.resolve("mass_balance.csv"));
        assertEquals("t,volume_m3,inflow_m3,outflow_m3,rain_m3,losses_m3,relative_error", rows.get(0));
        assertEquals(1 + 240, rows.size(), "one row per 1 min tick over 4 h");
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals(RAIN_M3, Double.parseDouble(last[4]), RAIN_M3 * 1e-9, "all the rain of the series fell");
        assertTrue(Double.parseDouble(last[3]) > 0, "water left by the free east edge");
        assertTrue(Double.parseDouble(last[5]) > 0, "drains took some");
        assertTrue(Double.parseDouble(last[6]) < BUDGET_TOLERANCE, "budget closes: " + last[6]);
    }

    @Test
    void floodRunsAreDeterministic() throws Exception {
        run("x");
        run("y");
        assertArrayEquals(Files.readAllBytes(dir.resolve("x/events.jsonl")), Files.readAllBytes(dir.resolve("y/events.jsonl")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("x/grids/max_depth.asc")),
                Files.readAllBytes(dir.resolve("y/grids/max_depth.asc")));
    }

    @Test
    void gridTimesWithoutAFloodAreRefused() throws Exception {
        String tiny = Path.of(FloodHazardTest.class.getResource("/tiny/scenario.json").toURI()).toString();
        assertEquals(2, Cli.execute(new String[] {"run", tiny, "--out", dir.resolve("z").toString(), "--quiet",
                "--grid-times", "1h"}));
    }
}
