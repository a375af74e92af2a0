package org.drillgrid.engine.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.record.KpiSeries;
import org.drillgrid.model.event.PeopleStatus;

/** Reads kpis.csv ({@link KpiSeries}) back into the hourly people-status values it was written from. */
final class PeopleTable {

    private static final String[] COLUMNS = KpiSeries.HEADER.split(",");

    private PeopleTable() {
    }

    static List<PeopleStatus> read(Path file) throws RunFolderException {
        List<PeopleStatus> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.strip().equals(KpiSeries.HEADER)) {
                throw new RunFolderException(file + ": line 1: header must be '" + KpiSeries.HEADER + "'");
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    rows.add(row(file, n, line.strip().split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new RunFolderException(file + ": cannot read: " + e.getMessage(), e);
        }
        return List.copyOf(rows);
    }

    private static PeopleStatus row(Path file, int line, String[] cells) throws RunFolderException {
        if (cells.length != COLUMNS.length) {
            throw new RunFolderException(file + ": line " + line + ": " + cells.length + " columns, expected "
                    + COLUMNS.length);
        }
        long[] v = new long[COLUMNS.length];
        double hours;
        try {
            hours = Double.parseDouble(cells[0]);
        } catch (NumberFormatException e) {
            throw new RunFolderException(file + ": line " + line + ", column hours: '" + cells[0]
                    + "' is not a number");
        }
        for (int i = 1; i < cells.length; i++) {
            try {
                v[i] = Long.parseLong(cells[i]);
            } catch (NumberFormatException e) {
                throw new RunFolderException(file + ": line " + line + ", column " + COLUMNS[i] + ": '" + cells[i]
                        + "' is not a whole number");
            }
        }
        return new PeopleStatus(Math.round(hours * 3600), v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }
}
