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

    private static final Map<String, ValueRule> RULES = Map.of(
            "elevation", new ValueRule(v -> !Double.isNaN(v), "a height in every cell (no nodata)"),
            "landUse", new ValueRule(LandUse::isCode, "land-use codes 0-9"),
            "population", new ValueRule(v -> !Double.isNaN(v) && v >= 0, "people per cell >= 0"),
            "buildings", new ValueRule(StructureClass::isCode, "structure-class codes 0-5"),
            "roads", new ValueRule(RoadClass::isCode, "road-class codes 0-4"));

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
            if (layer != null && checkValues(e.getKey(), layer, path, violations)) {
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
            AsciiGrid.Raster raster = AsciiGrid.read(in);
            AsciiGrid.Header h = raster.header();
            int before = violations.size();
            if (h.cols() != grid.cols()) {
                violations.add(new Violation(path, file + " has " + h.cols() + " columns, grid has " + grid.cols()));
            }
            if (h.rows() != grid.rows()) {
                violations.add(new Violation(path, file + " has " + h.rows() + " rows, grid has " + grid.rows()));
            }
            if (Math.abs(h.cellSize() - grid.cellSize()) > 1e-6 * grid.cellSize()) {
                violations.add(new Violation(path, String.format(Locale.ROOT,
                        "%s has cell size %s m, grid has %s m", file, plain(h.cellSize()), plain(grid.cellSize()))));
            }
            return violations.size() == before ? raster.layer() : null;
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

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static boolean checkValues(String name, GridLayer layer, String path, List<Violation> violations) {
        ValueRule rule = RULES.get(name);
        long bad = layer.count(rule.valid().negate());
        if (bad == 0) {
            return true;
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
}
