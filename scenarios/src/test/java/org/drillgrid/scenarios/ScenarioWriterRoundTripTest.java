package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.library.ScenarioWriter;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario, written by {@link ScenarioWriter} and read again, is the same document. */
class ScenarioWriterRoundTripTest {

    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void writingAndReadingAgainGivesAnEqualScenario(String id) throws Exception {
        Scenario read = ScenarioLoader.parse(ScenarioCatalog.bundled().source(id).orElseThrow());
        byte[] written = ScenarioWriter.toJson(read);
        Scenario again = ScenarioLoader.parse(new InMemory(id, written));
        assertEquals(read, again, () -> new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(written, ScenarioWriter.toJson(again), "the same document gives the same bytes");
    }

    /** A document held in memory; it references no files (parse reads none). */
    private record InMemory(String id, byte[] document) implements ScenarioSource {

        @Override
        public String describe() {
            return "written:" + id;
        }

        @Override
        public String documentName() {
            return "scenario.json";
        }

        @Override
        public InputStream openDocument() {
            return new ByteArrayInputStream(document);
        }

        @Override
        public InputStream openRelative(String relative) throws NoSuchFileException {
            throw new NoSuchFileException(relative);
        }
    }
}
