package org.drillgrid.model.gis;

import java.util.List;
import java.util.Locale;

/**
 * What an import did, for the drill designer to check. {@code file}, {@code format}, {@code crs} (null
 * when unknown), {@code sourceCols} x {@code sourceRows} cells of {@code sourceCellSize} (the cell width
 * when cells are not square): what was read. {@code targetCells} = {@code cellsCovered} (value taken from
 * the file) + {@code cellsFilled} (no source data there: fill value, see the notes).
 * {@code sourceCellsClipped}: source cells whose centre lies outside the grid. {@code invalidCodes}:
 * target cells whose value was not a valid class code and was set to 0 (class layers), or negative counts
 * dropped (population). {@code sourceTotal} (the file's total) and {@code importedTotal} (the total on the
 * grid) are for population only and NaN otherwise. {@code notes}: anything else worth knowing.
 */
public record ImportReport(String file, String format, String crs, int sourceCols, int sourceRows,
        double sourceCellSize, int targetCells, int cellsCovered, int cellsFilled, long sourceCellsClipped,
        int invalidCodes, double sourceTotal, double importedTotal, List<String> notes) {

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** A few lines of plain English saying what was read, filled, clipped and (for population) kept. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %s, %d x %d cells of %s, %s\n", file, format, sourceCols,
                sourceRows, GeoRaster.plain(sourceCellSize), crs == null ? "coordinate system unknown" : crs));
        s.append(String.format(Locale.ROOT, "%,d grid cells: %,d from the file, %,d filled (no data there)\n",
                targetCells, cellsCovered, cellsFilled));
        s.append(String.format(Locale.ROOT, "%,d source cells lay outside the grid and were clipped\n",
                sourceCellsClipped));
        if (invalidCodes > 0) {
            s.append(String.format(Locale.ROOT, "%,d cells had values that are not valid codes and were set to 0\n",
                    invalidCodes));
        }
        if (!Double.isNaN(sourceTotal)) {
            s.append(String.format(Locale.ROOT, "people: %,.1f in the file, %,.1f on the grid (%,.1f clipped)\n",
                    sourceTotal, importedTotal, sourceTotal - importedTotal));
        }
        for (String note : notes) {
            s.append("note: ").append(note).append('\n');
        }
        return s.toString();
    }
}
