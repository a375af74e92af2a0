package org.drillgrid.engine.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * Text drawn into images: a font that can show the report's language if the machine has one (a CJK
 * family for Chinese), else the English label, so a machine without Chinese fonts draws words, not boxes.
 */
final class ImageText {

    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Noto Serif CJK SC");

    private final Labels labels;
    private final String family;

    ImageText(Labels labels) {
        this.labels = labels;
        this.family = "zh".equals(labels.lang()) ? cjkFamily() : Font.SANS_SERIF;
    }

    private static String cjkFamily() {
        Set<String> present = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return CJK_FAMILIES.stream().filter(present::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    Font font(int style, int size) {
        return new Font(family, style, size);
    }

    /** The label of {@code key} in the report's language if the font shows it, else in English. */
    String label(String key) {
        String text = labels.get(key);
        return font(Font.PLAIN, 12).canDisplayUpTo(text) == -1 ? text : labels.english(key);
    }
}
