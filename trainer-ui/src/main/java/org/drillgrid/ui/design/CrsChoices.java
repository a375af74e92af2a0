package org.drillgrid.ui.design;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.gis.Projection;

/**
 * The coordinate systems a designer can give a scenario's grid: every projected system the import can
 * project longitude/latitude to ({@link Projection#of}), by EPSG code with its EPSG name, CGCS2000 (China's
 * datum) first. The list is built from the code ranges and kept only where {@code Projection} answers, so
 * it never offers a code the import would refuse.
 */
final class CrsChoices {

    /** A code and its EPSG name, e.g. EPSG:4547, "CGCS2000 / 3-degree Gauss-Kruger CM 114E". */
    record Crs(String code, String name) {
        String label() {
            return code + " · " + name;
        }
    }

    private static final List<Crs> ALL = build();

    private CrsChoices() {
    }

    static List<Crs> all() {
        return ALL;
    }

    /** The entry of a code, or an entry naming it as not offered (a document may hold any code). */
    static Crs of(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst().orElse(new Crs(code, "?"));
    }

    /** The combo box's search: every word typed appears in the code or the name, in any case. */
    static boolean matches(String code, String filter) {
        String label = of(code).label().toLowerCase(java.util.Locale.ROOT);
        for (String word : filter.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+")) {
            if (!label.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<Crs> build() {
        List<Crs> out = new ArrayList<>();
        for (int code = 4534; code <= 4554; code++) {
            out.add(new Crs("EPSG:" + code, "CGCS2000 / 3-degree Gauss-Kruger CM " + (75 + 3 * (code - 4534)) + "E"));
        }
        for (int code = 4502; code <= 4512; code++) {
            out.add(new Crs("EPSG:" + code, "CGCS2000 / Gauss-Kruger CM " + (75 + 6 * (code - 4502)) + "E"));
        }
        for (int zone = 1; zone <= 60; zone++) {
            out.add(new Crs("EPSG:" + (32600 + zone), "WGS 84 / UTM zone " + zone + "N"));
        }
        out.removeIf(c -> Projection.of(c.code()).isEmpty());
        return List.copyOf(out);
    }
}
