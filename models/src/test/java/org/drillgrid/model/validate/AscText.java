package org.drillgrid.model.validate;

import java.util.function.IntBinaryOperator;

/** ESRI ASCII grid text for layer-file tests. */
final class AscText {

    private AscText() {
    }

    /** A grid with its lower-left corner at 0, 0 and the value {@code value(col, row)} in every cell. */
    static String of(int cols, int rows, double cellSize, IntBinaryOperator value) {
        StringBuilder sb = new StringBuilder()
                .append("ncols ").append(cols).append('\n')
                .append("nrows ").append(rows).append('\n')
                .append("xllcorner 0\nyllcorner 0\n")
                .append("cellsize ").append(cellSize).append('\n')
                .append("NODATA_value -9999\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                sb.append(c > 0 ? " " : "").append(value.applyAsInt(c, r));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String constant(int cols, int rows, double cellSize, int value) {
        return of(cols, rows, cellSize, (c, r) -> value);
    }
}
