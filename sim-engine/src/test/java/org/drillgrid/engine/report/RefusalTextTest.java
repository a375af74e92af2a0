package org.drillgrid.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.Refusal;
import org.junit.jupiter.api.Test;

/** The report says every coded refusal in its language: in English as the log does, in Chinese in Chinese. */
class RefusalTextTest {

    private static List<String> codes() throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : Refusal.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                out.add((String) f.get(null));
            }
        }
        return out;
    }

    private static OrderRejected rejected(Refusal refusal) {
        return new OrderRejected(60, 1, "evacuation", new Order.OpenShelter(0L, "evacuation", "park"), refusal.english(),
                refusal);
    }

    @Test
    void everyCodeReadsInEnglishAsTheLogSaysItAndInChineseWithoutTheEnglish() throws IllegalAccessException {
        List<String> codes = codes();
        assertTrue(codes.size() >= 12, codes.toString());
        for (String code : codes) {
            Refusal r = Refusal.of(code, "park", "7", "9");
            assertEquals(r.english(), Labels.of("en").reason(rejected(r)), code);
            String zh = Labels.of("zh").reason(rejected(r));
            assertFalse(zh.equals(r.english()), code + " has a Chinese text: " + zh);
        }
        assertEquals("避难场所 park 已满（容量 9 人，已安置 7 人）",
                Labels.of("zh").reason(rejected(Refusal.of(Refusal.SHELTER_FULL, "park", 7, 9))));
    }

    @Test
    void anUncodedRefusalKeepsTheReasonItWasLoggedWith() {
        OrderRejected old = new OrderRejected(60, 1, "rescue", new Order.OpenShelter(0L, "rescue", "park"),
                "team 'x' is busy (rescue area [1, 2, 3, 4]); give replace: true to re-task it");
        assertEquals(old.reason(), Labels.of("zh").reason(old));
    }
}
