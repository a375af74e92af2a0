package org.drillgrid.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nulls and unpaired surrogates found with their paths; the tree to bind keeps its indices. */
class TextChecksTest {

    private static JsonNode tree(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    @Test
    void everyNullAndBrokenStringIsFoundWithItsPath() throws Exception {
        assertEquals(List.of(
                        new Violation("$.a[1]", TextChecks.NULL_IN_LIST),
                        new Violation("$.a[2].b", "text holds an unpaired surrogate \\udc00 at character 2: not valid Unicode text"),
                        new Violation("$.c", TextChecks.NULL_FIELD)),
                TextChecks.problems(tree("{\"a\": [1, null, {\"b\": \"ok\\udc00\"}], \"c\": null, \"d\": \"\\ud83d\\ude00\"}")));
    }

    @Test
    void nullsBecomeAbsentFieldsAndEmptyObjectsInPlace() throws Exception {
        assertEquals(tree("{\"a\": [1, {}, {\"b\": [{}]}]}"),
                TextChecks.withoutNulls(tree("{\"a\": [1, null, {\"b\": [null], \"e\": null}], \"c\": null}")));
    }

    @Test
    void printableReplacesOnlyUnpairedSurrogates() {
        assertEquals("a\ufffdb\ud83d\ude00\ufffd", TextChecks.printable("a\ud800b\ud83d\ude00\ude00"));
        assertTrue(TextChecks.isValidUtf16("水\ud83d\ude00"));
    }

    @Test
    void aDeepTreeIsWalkedWithoutRecursion() throws Exception {
        JsonNode deep = tree("[".repeat(60) + "null" + "]".repeat(60));
        assertEquals(1, TextChecks.problems(deep).size());
    }
}
