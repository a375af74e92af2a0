package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document that cannot be read as JSON at all is one violation at path {@code $}, saying why. */
class DocumentFileProblemsTest {

    @TempDir
    Path dir;

    private Path document(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("scenario.json"), bytes);
    }

    private Path document(String text) throws IOException {
        return document(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The one violation loading {@code file} gives, which must be at {@code $}. */
    private static String onlyProblemOf(Path file) {
        List<String> lines = ScenarioFolder.violationsOf(() -> ScenarioLoader.load(ScenarioSource.file(file)));
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("$: "), lines.get(0));
        return lines.get(0);
    }

    @Test
    void missingFile() {
        Path absent = dir.resolve("absent.json");
        assertEquals("$: no such file: " + absent.toAbsolutePath().normalize(), onlyProblemOf(absent));
    }

    @Test
    void folderInsteadOfFile() {
        assertTrue(onlyProblemOf(dir).startsWith("$: no such file: "));
    }

    @Test
    void textThatIsNotJson() throws IOException {
        String problem = onlyProblemOf(document("id: mini\nduration: 6h\n"));
        assertTrue(problem.startsWith("$: scenario.json is not valid JSON: Unrecognized token 'id'"), problem);
        assertTrue(problem.matches(".*\\(line 1, column \\d+\\)$"), problem);
    }

    @Test
    void truncatedJsonNamesTheEnd() throws IOException {
        String problem = onlyProblemOf(document("{\"id\": \"mini\",\n \"grid\": {"));
        assertTrue(problem.startsWith("$: scenario.json is not valid JSON: Unexpected end-of-input"), problem);
        assertTrue(problem.matches(".*\\(line 2, column \\d+\\)$"), problem);
    }

    @Test
    void duplicateKey() throws IOException {
        assertEquals("$: scenario.json is not valid JSON: Duplicate field 'id' (line 1, column 17)",
                onlyProblemOf(document("{\"id\": \"a\", \"id\": \"b\"}")));
    }

    @Test
    void secondValueAfterTheDocument() throws IOException {
        String problem = onlyProblemOf(document(ScenarioFolder.MINIMAL + "\n{}"));
        assertTrue(problem.startsWith("$: scenario.json is not valid JSON: Trailing token"), problem);
    }

    @Test
    void nestingDeeperThanTheLimit() throws IOException {
        String problem = onlyProblemOf(document("{\"hazards\": " + "[".repeat(100) + "]".repeat(100) + "}"));
        assertTrue(problem.startsWith("$: scenario.json is not valid JSON: "), problem);
        assertTrue(problem.contains("nesting depth"), problem);
    }

    @Test
    void stringLongerThanTheLimit() throws IOException {
        String problem = onlyProblemOf(document("{\"id\": \"" + "a".repeat(1_000_001) + "\"}"));
        assertTrue(problem.startsWith("$: scenario.json is not valid JSON: String value length"), problem);
    }

    @Test
    void binaryData() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("$: scenario.json is binary data (byte 8 is NUL), not a JSON scenario document",
                onlyProblemOf(document(png)));
    }

    @Test
    void documentOverTenMegabytes() throws IOException {
        assertEquals("$: scenario.json is larger than 10 MB, the most a scenario document may be "
                + "(rasters belong in layer files)", onlyProblemOf(document(padded(ScenarioLoader.MAX_DOCUMENT_BYTES + 1))));
    }

    @Test
    void documentOfExactlyTenMegabytesLoads() throws Exception {
        assertEquals("mini", ScenarioLoader.load(ScenarioSource.file(document(padded(ScenarioLoader.MAX_DOCUMENT_BYTES))))
                .scenario().id());
    }

    /** The minimal valid document followed by spaces up to {@code size} bytes: only its size is wrong. */
    private static byte[] padded(int size) {
        byte[] doc = ScenarioFolder.MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(doc, 0, bytes, 0, doc.length);
        return bytes;
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] latin1 = "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("$: scenario.json is not UTF-8 text; a scenario document is JSON in UTF-8",
                onlyProblemOf(document(latin1)));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        Path file = document("\uFEFF" + ScenarioFolder.MINIMAL);
        assertEquals("mini", ScenarioLoader.load(ScenarioSource.file(file)).scenario().id());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("$: scenario.json is empty; a scenario is a JSON object", onlyProblemOf(document(new byte[0])));
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertEquals("$: scenario.json is empty; a scenario is a JSON object", onlyProblemOf(document(" \n\t\n")));
    }

    @Test
    void arrayInsteadOfObject() throws IOException {
        assertEquals("$: a scenario document is a JSON object, found array",
                onlyProblemOf(document("[" + ScenarioFolder.MINIMAL + "]")));
    }

    @Test
    void stringInsteadOfObject() throws IOException {
        assertEquals("$: a scenario document is a JSON object, found string", onlyProblemOf(document("\"mini\"")));
    }
}
