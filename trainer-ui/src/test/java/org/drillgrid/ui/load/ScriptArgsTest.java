package org.drillgrid.ui.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The measurement scripts' command lines: durations add up, the speed follows a long run, mistakes are named. */
class ScriptArgsTest {

    @Test
    void minutesAndSecondsAddUpAndLongLoadRunsSlowDown() {
        LoadOptions o = LoadOptions.parse("--minutes", "1", "--seconds", "30", "--seed", "7");
        assertEquals(Duration.ofSeconds(90), o.duration());
        assertEquals(7, o.seed());
        assertEquals(60, o.speed(), "60x while 24 h of Xinzheng outlast the run");
        assertEquals(45, LoadOptions.parse("--minutes", "30").speed(), "floor(0.95 x 86 400 s / 1 800 s) = 45");
        CadenceOptions c = CadenceOptions.parse("--posts", "4", "--orders");
        assertEquals(CadenceOptions.DEFAULT_DURATION, c.duration());
        assertEquals(4, c.posts());
        assertEquals(CadenceOptions.DEFAULT_CONSOLES, c.consoles());
        assertTrue(c.orders());
    }

    @Test
    void mistakesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--orders")).getMessage()
                .startsWith("unknown option --orders"));
        assertEquals("--seed: needs a value", assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.parse("--seed")).getMessage().lines().findFirst().orElseThrow());
        assertEquals("--posts: 'x' is not a whole number", assertThrows(IllegalArgumentException.class,
                () -> CadenceOptions.parse("--posts", "x")).getMessage());
        assertEquals("duration: 7200 s is outside 10 to 3600 s", assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.parse("--minutes", "120")).getMessage());
    }
}
