package org.drillgrid.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimDurationTest {

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource({
            "90s, 90",
            "45m, 2700",
            "6h, 21600",
            "3d, 259200",
            "1.5h, 5400",
            "1h30m, 5400",
            "0.5m, 30",
            "5400, 5400",
            "0, 0",
            "0s, 0",
            "'  6h ', 21600"})
    void parsesSecondsAndUnitStrings(String text, long seconds) {
        assertEquals(Optional.of(SimDuration.ofSeconds(seconds)), SimDuration.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"6x", "-1h", "-5", "1.3333s", "", "h", "6 h", "6H", "1.h", ".5h", "1e3",
            "1234567890123456", "0.0001s"})
    void refusesMalformedOrFractionalSeconds(String text) {
        assertEquals(Optional.empty(), SimDuration.parse(text));
    }

    @Test
    void formatsCompactly() {
        assertEquals("0s", SimDuration.format(0));
        assertEquals("6h", SimDuration.format(21_600));
        assertEquals("1h30m", SimDuration.format(5_400));
        assertEquals("1m30s", SimDuration.format(90));
        assertEquals("3d", SimDuration.format(259_200));
        assertEquals("1d1h1m1s", SimDuration.format(90_061));
        assertEquals("6h", SimDuration.ofHours(6).toString());
    }

    @Test
    void formatThenParseIsTheIdentity() {
        long[] samples = {0, 1, 59, 60, 61, 90, 3_599, 3_600, 5_400, 86_399, 86_400, 90_061, 30L * 86_400,
                123_456_789};
        for (long s : samples) {
            assertEquals(Optional.of(SimDuration.ofSeconds(s)), SimDuration.parse(SimDuration.format(s)),
                    () -> "round trip of " + s + " s via '" + SimDuration.format(s) + "'");
        }
    }

    @Test
    void negativeSecondsAreRefusedAtConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimDuration.ofSeconds(-1));
        assertEquals("duration must not be negative: -1", e.getMessage());
    }

    @Test
    void ordersBySeconds() {
        assertTrue(SimDuration.parse("59m").orElseThrow().compareTo(SimDuration.ofHours(1)) < 0);
        assertEquals(0, SimDuration.parse("60m").orElseThrow().compareTo(SimDuration.ofHours(1)));
        assertEquals(1.5, SimDuration.ofSeconds(5_400).hours());
    }
}
