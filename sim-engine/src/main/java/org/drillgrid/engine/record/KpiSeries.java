package org.drillgrid.engine.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.SimEvent;

/**
 * The hourly {@code people-status} events of a run as a table, {@code kpis.csv}: hours, then persons
 * warned, affected, evacuating, sheltered, relieved, trapped, rescued, injured, dead.
 */
public final class KpiSeries implements Consumer<SimEvent>, AutoCloseable {

    public static final String HEADER = "hours,warned,affected,evacuating,sheltered,relieved,trapped,rescued,"
            + "injured,dead";

    private final BufferedWriter out;

    public KpiSeries(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
    }

    @Override
    public void accept(SimEvent event) {
        if (event instanceof PeopleStatus s) {
            try {
                out.write(line(s));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write kpis.csv", e);
            }
        }
    }

    static String line(PeopleStatus s) {
        return (s.t() / 3600.0 == Math.rint(s.t() / 3600.0) ? Long.toString(s.t() / 3600)
                : Double.toString(s.t() / 3600.0)) + "," + s.warned() + "," + s.affected() + "," + s.evacuating() + ","
                + s.sheltered() + "," + s.relieved() + "," + s.trapped() + "," + s.rescued() + "," + s.injured() + ","
                + s.dead();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
