package org.drillgrid.engine.response;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.World;
import org.drillgrid.engine.people.Hazard;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;

/**
 * A small world for agent tests: a scenario written to a folder with its layer files, water depths the
 * test sets by hand, and the agent layer stepped tick by tick without MASON or a flood solver.
 */
final class AgentWorld implements SimClock {

    final Response response;
    final List<SimEvent> events = new ArrayList<>();
    final double[] depth;
    private long tick;
    private final long dt;

    /**
     * @param json the scenario document
     * @param layers layer file name to ASCII grid text
     */
    AgentWorld(Path dir, String json, Map<String, String> layers, Policy policy, long seed) {
        try {
            Files.writeString(dir.resolve("scenario.json"), json);
            for (Map.Entry<String, String> e : layers.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue());
            }
            World world = new World(ScenarioLoader.load(ScenarioSource.file(dir.resolve("scenario.json"))));
            this.dt = world.scenario().timeStepSeconds();
            this.depth = new double[world.scenario().grid().cellCount()];
            Hazard hazard = new Hazard() {
                @Override
                public double at(int cell) {
                    return depth[cell];
                }

                @Override
                public double speed(int cell) {
                    return 0;
                }

                @Override
                public double rating(int cell) {
                    return 0;
                }
            };
            this.response = new Response(world, hazard, FloodControl.NONE, policy, this, events::add,
                    new MersenneTwisterFast(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ASCII grid of {@code cols} x {@code rows} with the value of each cell. */
    static String asc(int cols, int rows, IntToDoubleFunction value) {
        StringBuilder sb = new StringBuilder();
        sb.append("ncols ").append(cols).append("\nnrows ").append(rows)
                .append("\nxllcorner 0\nyllcorner 0\ncellsize 100\nNODATA_value -9999\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = value.applyAsDouble(r * cols + c);
                sb.append(c == 0 ? "" : " ").append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Runs ticks until sim time {@code t} (s). */
    void runUntil(long t) {
        while ((tick + 1) * dt <= t) {
            response.step(null);
            tick++;
        }
    }

    /** Sim time now: the end of the last tick run. */
    long now() {
        return tick * dt;
    }

    @Override
    public long tickStart() {
        return tick * dt;
    }

    @Override
    public long tickSeconds() {
        return dt;
    }

    <T extends SimEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
