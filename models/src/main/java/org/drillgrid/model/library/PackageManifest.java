package org.drillgrid.model.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LocalizedText;

/**
 * {@code manifest.json} of an exercise package: what it holds (every other file with its size and
 * SHA-256), which scenario, and who made it when. Read strictly: a newer format, another kind, an
 * unknown field or a malformed value is a refusal naming the field.
 */
record PackageManifest(Integer format, String kind, ScenarioRef scenario, String created, String createdBy,
        List<FileRef> files, List<String> runs) {

    static final String NAME = "manifest.json";
    static final int FORMAT = 1;
    static final String KIND = "drillgrid-exercise-package";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The packed scenario: its id, library version (0 when it came from elsewhere) and name. */
    record ScenarioRef(String id, Integer version, LocalizedText name) {
    }

    /** One packed file: its path in the zip, size and SHA-256 (lower-case hex). */
    record FileRef(String path, Long bytes, String sha256) {
    }

    static PackageManifest read(byte[] json) throws PackageException {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw refuse("is not valid JSON: " + firstLine(e));
        }
        if (tree == null || !tree.isObject()) {
            throw refuse("is not a JSON object");
        }
        List<org.drillgrid.model.json.Violation> broken = org.drillgrid.model.json.TextChecks.problems(tree);
        if (!broken.isEmpty()) {
            throw refuse(broken.get(0).toString());
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isInt() || format.intValue() < 1) {
            throw refuse("format must be a whole number >= 1, found " + format);
        }
        if (format.intValue() > FORMAT) {
            throw refuse("format " + format.intValue() + " is newer than this Drillgrid reads (" + FORMAT
                    + "); import it with a newer Drillgrid");
        }
        if (!KIND.equals(tree.path("kind").asText(null))) {
            throw refuse("kind must be \"" + KIND + "\", found " + tree.get("kind"));
        }
        PackageManifest m;
        try {
            m = Json.mapper().treeToValue(tree, PackageManifest.class);
        } catch (JsonProcessingException e) {
            throw refuse(firstLine(e));
        }
        m.check();
        return m;
    }

    private void check() throws PackageException {
        if (scenario == null || scenario.id() == null) {
            throw refuse("scenario.id is missing");
        }
        if (files == null) {
            throw refuse("files is missing");
        }
        for (FileRef f : files) {
            if (f == null || f.path() == null || f.bytes() == null || f.bytes() < 0 || f.sha256() == null
                    || !SHA256.matcher(f.sha256()).matches()) {
                throw refuse("every file needs a path, bytes >= 0 and a sha256 of 64 lower-case hex digits, found "
                        + f);
            }
        }
        if (runs != null && runs.stream().anyMatch(r -> r == null)) {
            throw refuse("runs holds a null");
        }
        try {
            Instant.parse(created);
        } catch (DateTimeParseException | NullPointerException e) {
            throw refuse("created must be an ISO instant like 2026-04-12T01:50:00Z, found " + created);
        }
    }

    List<String> runsOrEmpty() {
        return runs == null ? List.of() : runs;
    }

    byte[] toJson() throws IOException {
        return (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    ExercisePackage.Manifest summary() {
        return new ExercisePackage.Manifest(scenario.id(), scenario.version() == null ? 0 : scenario.version(),
                scenario.name(), Instant.parse(created), createdBy, files.stream().map(FileRef::path).toList(),
                runsOrEmpty());
    }

    private static PackageException refuse(String reason) {
        return new PackageException(NAME + ": " + reason);
    }

    private static String firstLine(IOException e) {
        String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        int cut = msg.indexOf('\n');
        return cut > 0 ? msg.substring(0, cut) : msg;
    }
}
