package org.drillgrid.scenarios;

/**
 * Steepness of a finished elevation canvas: per cell the largest height difference to an edge
 * neighbour, in metres per cell. Decides where fields, towns and villages can go.
 */
final class Slope {

    private final Canvas slope;

    Slope(Canvas z) {
        slope = new Canvas(z.cols(), z.rows());
        for (int r = 0; r < z.rows(); r++) {
            for (int c = 0; c < z.cols(); c++) {
                double h = z.get(c, r);
                double most = 0;
                for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    if (z.contains(c + d[0], r + d[1])) {
                        most = StrictMath.max(most, StrictMath.abs(z.get(c + d[0], r + d[1]) - h));
                    }
                }
                slope.set(c, r, most);
            }
        }
    }

    double at(int col, int row) {
        return slope.get(col, row);
    }
}
