package org.drillgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.drillgrid.engine.TestScenarios;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO given as an input file is refused at once (issue 20: as the scenario file it hung validate). */
class FifoInputTest {

    @TempDir
    Path dir;
    private Path fifo;

    @BeforeEach
    void aFifo() throws Exception {
        fifo = dir.resolve("input.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
    }

    @Test
    void asTheScenarioValidateExits2() {
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of("validate", fifo.toString()));
        assertEquals(2, r.code(), r.err());
        assertEquals("$: cannot read " + fifo + ": not a regular file (a pipe, device or socket); a scenario is a file",
                r.err().strip());
    }

    @Test
    void asTheOrdersRunExits2NamingIt() {
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("run",
                TestScenarios.tinyFile().toString(), "--until", "10m", "--quiet", "--out", dir.resolve("out").toString(),
                "--orders", fifo.toString()));
        assertEquals(2, r.code(), r.err());
        assertEquals("drillgrid run: --orders " + fifo + ": not a regular file (a folder, pipe, device or socket)",
                r.err().strip());
    }
}
