package org.drillgrid.model.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.AsciiGridFormatException;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.grid.LayerGenerators;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.StructureClass;

/** Turns a checked document's layer specs into rasters, reporting every layer's problems. */
final class LayerReader {

    /** Largest layer file accepted (a 2 000 x 2 000 grid with 10-digit values is ~44 MB). */
    static final long MAX_LAYER_BYTES = 256L * 1024 * 1024;

    private record ValueRule(DoublePredicate valid, String expected) {
    }

    /** The rules of each layer's values, checked in order; the first a layer breaks is reported. */
    private static Map<String, List<ValueRule>> rules(double cellSize) {
        double maxPerCell = Bounds.MAX_RESIDENTS_PER_M2 * cellSize * cellSize;
        return Map.of(
                "elevation", List.of(new ValueRule(v -> !Double.isNaN(v), "a height in every cell (no nodata)"),
                        new ValueRule(Bounds::isLevel, "a height between " + plain(Bounds.MIN_LEVEL) + " and "
                                + plain(Bounds.MAX_LEVEL) + " m")),
                "landUse", List.of(new ValueRule(LandUse::isCode, "land-use codes 0-9")),
                "population", List.of(new ValueRule(v -> !Double.isNaN(v) && v >= 0, "people per cell >= 0"),
                        new ValueRule(v -> v <= maxPerCell, "at most " + plain(Bounds.MAX_RESIDENTS_PER_M2)
                                + " people per m² (" + plain(Math.floor(maxPerCell)) + " a cell)")),
                "buildings", List.of(new ValueRule(StructureClass::isCode, "structure-class codes 0-5")),
                "roads", List.of(new ValueRule(RoadClass::isCode, "road-class codes 0-4")));
    }

    private LayerReader() {
    }

    static Map<String, GridLayer> read(Scenario scenario, ScenarioSource source, List<Violation> violations)
            throws IOException {
        GridSpec grid = scenario.grid();
        Map<String, GridLayer> layers = new LinkedHashMap<>();
        for (Map.Entry<String, LayerSpec> e : scenario.layers().present().entrySet()) {
            String path = "$.layers." + e.getKey();
            GridLayer layer;
            if (e.getValue() instanceof LayerSpec.Constant c) {
                layer = GridLayer.constant(grid.cols(), grid.rows(), c.constant());
            } else if (e.getValue() instanceof LayerSpec.Generated g) {
                layer = LayerGenerators.generate(g.generator(), grid.cols(), grid.rows(), grid.cellSize());
            } else {
                layer = readFile(((LayerSpec.FromFile) e.getValue()).file(), grid, source, path + ".file", violations);
            }
            if (layer != null && checkValues(e.getKey(), layer, grid.cellSize(), path, violations)) {
                layers.put(e.getKey(), layer);
            }
        }
        return layers;
    }

    private static GridLayer readFile(String file, GridSpec grid, ScenarioSource source, String path,
            List<Violation> violations) throws IOException {
        try (InputStream raw = source.openRelative(file);
                Reader in = new InputStreamReader(new BoundedInputStream(raw, MAX_LAYER_BYTES, file),
                        StandardCharsets.US_ASCII)) {
            List<Violation> mismatches = new java.util.ArrayList<>();
            // the header against the grid before the values are allocated: a few bytes may claim any size
            AsciiGrid.Raster raster;
            try {
                raster = AsciiGrid.read(in, h -> {
                    mismatches.addAll(mismatches(h, grid, file, path));
                    if (!mismatches.isEmpty()) {
                        throw new AsciiGridFormatException("header does not match the grid");
                    }
                });
            } catch (AsciiGridFormatException e) {
                if (mismatches.isEmpty()) {
                    throw e;
                }
                violations.addAll(mismatches);
                return null;
            }
            return raster.layer();
        } catch (ScenarioSource.OutsideFolderException e) {
            violations.add(new Violation(path, e.getMessage()));
        } catch (NoSuchFileException e) {
            violations.add(new Violation(path, "no such file: " + file));
        } catch (AsciiGridFormatException e) {
            violations.add(new Violation(path, file + " is not a valid ESRI ASCII grid: " + e.getMessage()));
        } catch (BoundedInputStream.TooLargeException e) {
            violations.add(new Violation(path, e.getMessage()));
        } catch (java.nio.file.FileSystemException e) {
            violations.add(new Violation(path, "cannot read " + file + ": "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason())));
        }
        return null;
    }

    private static List<Violation> mismatches(AsciiGrid.Header h, GridSpec grid, String file, String path) {
        List<Violation> out = new java.util.ArrayList<>();
        if (h.cols() != grid.cols()) {
            out.add(new Violation(path, file + " has " + h.cols() + " columns, grid has " + grid.cols()));
        }
        if (h.rows() != grid.rows()) {
            out.add(new Violation(path, file + " has " + h.rows() + " rows, grid has " + grid.rows()));
        }
        if (Math.abs(h.cellSize() - grid.cellSize()) > 1e-6 * grid.cellSize()) {
            out.add(new Violation(path, String.format(Locale.ROOT,
                    "%s has cell size %s m, grid has %s m", file, plain(h.cellSize()), plain(grid.cellSize()))));
        }
        return out;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static boolean checkValues(String name, GridLayer layer, double cellSize, String path, List<Violation> violations) {
        for (ValueRule rule : rules(cellSize).get(name)) {
            long bad = layer.count(rule.valid().negate());
            if (bad == 0) {
                continue;
            }
            int first = 0;
            while (rule.valid().test(layer.at(first))) {
                first++;
            }
            double v = layer.at(first);
            violations.add(new Violation(path, String.format(Locale.ROOT,
                    "%d cells break the rule '%s', first at [%d, %d] with %s", bad, rule.expected(),
                    first % layer.cols(), first / layer.cols(), Double.isNaN(v) ? "nodata" : plain(v))));
            return false;
        }
        return true;
    }

    /** Residents of a population layer (every cell already checked), summed as the engine rounds them. */
    static long residents(GridLayer population) {
        long sum = 0;
        for (int i = 0; i < population.size(); i++) {
            sum += Math.round(population.at(i));
        }
        return sum;
    }
}
