package org.drillgrid.engine.hazard.flood;

/**
 * A copy of one row of cells (bed, depth, water surface, Manning's n) in buffers that start at the
 * row's first cell, for the loops of {@link FaceLine} and {@link BandSweep}: they index every array
 * by the same i, which is what lets the JIT vectorise them.
 */
final class CellRow {

    final double[] bed;
    final double[] h;
    final double[] eta;
    final double[] manning;

    CellRow(int cols) {
        bed = new double[cols];
        h = new double[cols];
        eta = new double[cols];
        manning = new double[cols];
    }

    /** Copies row r of a grid with {@code cols} columns. */
    void load(int r, int cols, double[] gridBed, double[] gridH, double[] gridManning) {
        System.arraycopy(gridBed, r * cols, bed, 0, cols);
        System.arraycopy(gridH, r * cols, h, 0, cols);
        System.arraycopy(gridManning, r * cols, manning, 0, cols);
        for (int c = 0; c < cols; c++) {
            eta[c] = bed[c] + h[c];
        }
    }

    /**
     * Copies what the faces need of {@code row} (not the depth) from its second cell on: cell i here is
     * cell i + 1 there, the east side of x-face i + 1.
     */
    void shifted(CellRow row, int count) {
        System.arraycopy(row.bed, 1, bed, 0, count);
        System.arraycopy(row.eta, 1, eta, 0, count);
        System.arraycopy(row.manning, 1, manning, 0, count);
    }
}
