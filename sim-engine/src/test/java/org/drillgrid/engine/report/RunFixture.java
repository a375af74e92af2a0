package org.drillgrid.engine.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written run folder under src/test/resources/org/drillgrid/engine/report/run, copied for a test to change. */
final class RunFixture {

    private RunFixture() {
    }

    static Path copyTo(Path target) throws IOException {
        Path src;
        try {
            src = Path.of(RunFixture.class.getResource("run").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(src)) {
            files = walk.toList();
        }
        for (Path p : files) {
            Path to = target.resolve(src.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(to);
            } else {
                Files.copy(p, to);
            }
        }
        return target;
    }

    /**
     * Sim time as the report prints it for a folder without its scenario document (no start time to give a
     * local clock): {@code T+h:mm}, written independently of the describer.
     */
    static String simTime(long t) {
        return "T+" + (t / 3600) + ":" + two(t % 3600 / 60);
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }
}
