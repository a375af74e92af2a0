package org.drillgrid.scenarios;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;

/**
 * Deterministic generator of the synthetic city rasters the bundled scenarios ship with. The same
 * {@link CityPlan} gives the same bytes on every machine and Java version: all noise comes from the
 * models' seeded {@code ValueNoise}, all functions from {@code StrictMath}, and values are written with a
 * fixed number of decimals.
 *
 * <p>Run {@link #main} to (re)write the layers; see {@code scenarios/README.md} for the command.
 */
public final class SyntheticCity {

    private SyntheticCity() {
    }

    /** Draws the five layers of a plan. */
    public static CityLayers generate(CityPlan plan) {
        return switch (plan.terrain()) {
            case URBAN_PLAIN -> new UrbanPlain(plan).draw();
            case RIVER_BASIN -> new RiverBasin(plan).draw();
        };
    }

    /**
     * Writes the plan's layers into {@code folder} as {@code elevation.asc}, {@code landuse.asc},
     * {@code population.asc}, {@code buildings.asc} and {@code roads.asc}, replacing files of those names.
     *
     * @return the files written
     */
    public static List<Path> write(CityPlan plan, Path folder) throws IOException {
        Files.createDirectories(folder);
        AsciiGrid.Header header = new AsciiGrid.Header(plan.cols(), plan.rows(), 0, 0, plan.cellSize(),
                AsciiGrid.DEFAULT_NODATA);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, CityLayers.Written> e : generate(plan).files().entrySet()) {
            Path file = folder.resolve(e.getKey());
            GridLayer layer = e.getValue().layer();
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                AsciiGrid.write(out, header, layer, e.getValue().decimals());
            }
            written.add(file);
        }
        return written;
    }

    /**
     * {@code SyntheticCity <scenarios-folder> [scenario-id ...]}: writes each preset's layers (all presets
     * when no id is given) into {@code <scenarios-folder>/<id>/}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: SyntheticCity <scenarios-folder> [scenario-id ...]");
            System.err.println("presets: " + CityPlan.presets().stream().map(CityPlan::id).toList());
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<CityPlan> plans = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String id = args[i];
            plans.add(CityPlan.preset(id).orElseThrow(() -> new IllegalArgumentException("no preset '" + id
                    + "'; presets: " + CityPlan.presets().stream().map(CityPlan::id).toList())));
        }
        for (CityPlan plan : plans.isEmpty() ? CityPlan.presets() : plans) {
            for (Path file : write(plan, root.resolve(plan.id()))) {
                System.out.println(file + " (" + Files.size(file) + " bytes)");
            }
        }
    }
}
