package org.drillgrid.scenarios;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SyntheticCity} is asked to draw: a grid of {@code cols} x {@code rows} cells of
 * {@code cellSize} metres, the terrain kind, the seed of all its noise and the number of residents to
 * place. The scenario id names the folder the layers belong to.
 */
public record CityPlan(String id, int cols, int rows, double cellSize, long seed, TerrainKind terrain,
        long population) {

    /** The two landscapes the generator knows. */
    public enum TerrainKind {
        /** A county town on a gentle loess plain crossed by a small river and a railway (Xinzheng). */
        URBAN_PLAIN,
        /** Hills falling to a broad river valley with tributaries, reservoirs, towns and villages (Xinyang). */
        RIVER_BASIN
    }

    /** Xinzheng, 8 x 6 km of 50 m cells; the seed is the date of the 7·20 rainstorm. */
    public static final CityPlan XINZHENG = new CityPlan("xinzheng-720-rainstorm", 160, 120, 50, 20_210_720L,
            TerrainKind.URBAN_PLAIN, 250_000);

    /** Xinyang, 20 x 15 km of 100 m cells; the seed is the date of the 2020 Huai river flood crest. */
    public static final CityPlan XINYANG = new CityPlan("xinyang-huaihe-flood", 200, 150, 100, 20_200_720L,
            TerrainKind.RIVER_BASIN, 150_000);

    public CityPlan {
        if (cols < 40 || rows < 40) {
            throw new IllegalArgumentException("a synthetic city needs at least 40 x 40 cells, got " + cols + " x "
                    + rows);
        }
        if (!(cellSize > 0) || population < 0) {
            throw new IllegalArgumentException("cell size must be > 0 and population >= 0");
        }
    }

    /**
     * A county town in the hills north of the Dabie mountains, 15 x 12 km of 100 m cells, for the Tan-Lu belt
     * earthquake drill; the seed is an arbitrary fixed number.
     */
    public static final CityPlan XINYANG_QUAKE = new CityPlan("xinyang-tanlu-quake", 150, 120, 100, 31_415_926L,
            TerrainKind.RIVER_BASIN, 120_000);

    /** Mountain villages in the Dabie hills, 12 x 9 km of 75 m cells, for the forest-fire drill; an arbitrary seed. */
    public static final CityPlan DABIESHAN_FIRE = new CityPlan("dabieshan-forest-fire", 160, 120, 75, 27_182_818L,
            TerrainKind.RIVER_BASIN, 40_000);

    /** The plans of the bundled scenarios. */
    public static List<CityPlan> presets() {
        return List.of(XINZHENG, XINYANG, XINYANG_QUAKE, DABIESHAN_FIRE);
    }

    public static Optional<CityPlan> preset(String id) {
        return presets().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Number of cells in {@code metres}, at least one. */
    int cells(double metres) {
        return (int) StrictMath.max(1, StrictMath.round(metres / cellSize));
    }
}
