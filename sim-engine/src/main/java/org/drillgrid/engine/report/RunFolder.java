package org.drillgrid.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.AsciiGridFormatException;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LocalizedText;

/**
 * The files of a finished run folder ({@code drillgrid run ... --out DIR}), read once: the event log
 * (required), and where present run.json, scorecard.json, metrics.json, kpis.csv and the depth grids. A
 * file that is there but unreadable is an error naming it and the line or field; a missing optional file
 * only leaves its part of the report out.
 */
public final class RunFolder {

    public static final String EVENTS = "events.jsonl";
    public static final String SCORECARD = "scorecard.json";
    public static final String METRICS = "metrics.json";
    public static final String KPIS = "kpis.csv";
    public static final String RUN = "run.json";

    private static final Pattern DEPTH_FILE = Pattern.compile("depth_(\\d+)\\.asc");

    /** What run.json says about the run; any field may be null (older folders have no run.json at all). */
    public record RunInfo(String scenario, LocalizedText name, Long seed, Long until, String policy, String orders,
            String eventsSha256) {
        static final RunInfo NONE = new RunInfo(null, null, null, null, null, null, null);
    }

    /** A depth grid of the run: {@code t} its sim time, or null for the run's maximum ({@code max_depth.asc}). */
    public record DepthGrid(Long t, String file, AsciiGrid.Raster raster) {
    }

    private final Path dir;
    private final List<SimEvent> events;
    private final String eventsSha256;
    private final RunInfo info;
    private final Scorecard scorecard;
    private final JsonNode metrics;
    private final List<PeopleStatus> people;
    private final String peopleSource;
    private final List<DepthGrid> grids;
    private final org.drillgrid.model.scenario.Scenario scenario;

    private RunFolder(Path dir) throws RunFolderException {
        this.dir = dir;
        Path log = dir.resolve(EVENTS);
        this.eventsSha256 = sha256(log);
        this.events = readEvents(log);
        this.info = Files.isRegularFile(dir.resolve(RUN)) ? readRunInfo(dir.resolve(RUN)) : RunInfo.NONE;
        this.scorecard = Files.isRegularFile(dir.resolve(SCORECARD)) ? readScorecard(dir.resolve(SCORECARD)) : null;
        this.metrics = Files.isRegularFile(dir.resolve(METRICS)) ? readTree(dir.resolve(METRICS)) : null;
        Path csv = dir.resolve(KPIS);
        this.people = Files.isRegularFile(csv) ? PeopleTable.read(csv)
                : events.stream().filter(PeopleStatus.class::isInstance).map(PeopleStatus.class::cast).toList();
        this.peopleSource = Files.isRegularFile(csv) ? KPIS : EVENTS;
        this.grids = readGrids(dir.resolve("grids"));
        Path doc = dir.resolve(org.drillgrid.engine.record.RunOutputs.SCENARIO);
        this.scenario = Files.isRegularFile(doc) ? readScenario(doc) : null;
    }

    private static org.drillgrid.model.scenario.Scenario readScenario(Path doc) throws RunFolderException {
        try {
            return org.drillgrid.model.json.Json.mapper().readValue(doc.toFile(),
                    org.drillgrid.model.scenario.Scenario.class);
        } catch (java.io.IOException e) {
            throw new RunFolderException(doc + ": not a scenario document: " + e.getMessage(), e);
        }
    }

    /** Reads the run folder {@code dir}; it must hold at least events.jsonl. */
    public static RunFolder read(Path dir) throws RunFolderException {
        if (!Files.isDirectory(dir)) {
            throw new RunFolderException(dir + ": not a folder (give the --out folder of a 'drillgrid run')");
        }
        if (!Files.isRegularFile(dir.resolve(EVENTS))) {
            throw new RunFolderException(dir.resolve(EVENTS) + ": not found (is " + dir
                    + " the --out folder of a 'drillgrid run'?)");
        }
        return new RunFolder(dir);
    }

    /**
     * The scenario document the run was made of ({@code scenario.snapshot.json}), or null in folders written
     * before it was kept: the report then names things by their ids.
     */
    public org.drillgrid.model.scenario.Scenario scenario() {
        return scenario;
    }

    public Path dir() {
        return dir;
    }

    public List<SimEvent> events() {
        return events;
    }

    /** The SHA-256 of events.jsonl as read, in lower-case hex. */
    public String eventsSha256() {
        return eventsSha256;
    }

    public RunInfo info() {
        return info;
    }

    /** The scorecard, or null when the folder has none (a run without a drill). */
    public Scorecard scorecard() {
        return scorecard;
    }

    /** A whole number of metrics.json's top level ({@code simSeconds}, {@code population}...), or null. */
    public Long metric(String field) {
        JsonNode n = metrics == null ? null : metrics.get(field);
        return n != null && n.isIntegralNumber() ? n.longValue() : null;
    }

    /** The hourly counts of persons, from kpis.csv or else the people-status events. */
    public List<PeopleStatus> people() {
        return people;
    }

    /** Which file {@link #people()} came from. */
    public String peopleSource() {
        return peopleSource;
    }

    /** The depth grids, by time, the maximum (if any) last. */
    public List<DepthGrid> grids() {
        return grids;
    }

    /** The events of one type, in log order. */
    public <T extends SimEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<SimEvent> readEvents(Path log) throws RunFolderException {
        try (Reader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            List<SimEvent> all = EventLogReader.readAll(r);
            if (all.isEmpty()) {
                throw new RunFolderException(log + ": no events (the file is empty)");
            }
            return all;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RunFolderException(log + ": not UTF-8 text", e);
        } catch (IOException e) {
            // EventLogReader names the line: "event log line N: ..."
            throw new RunFolderException(log + ": " + e.getMessage(), e);
        }
    }

    private static RunInfo readRunInfo(Path file) throws RunFolderException {
        JsonNode n = readTree(file);
        if (!n.isObject()) {
            throw new RunFolderException(file + ": expected a JSON object");
        }
        LocalizedText name = null;
        if (n.hasNonNull("name")) {
            try {
                name = Json.mapper().treeToValue(n.get("name"), LocalizedText.class);
            } catch (JsonProcessingException e) {
                throw new RunFolderException(file + ": field 'name' must be a text or {\"zh\", \"en\"}", e);
            }
        }
        return new RunInfo(text(file, n, "scenario"), name, whole(file, n, "seed"), whole(file, n, "until"),
                text(file, n, "policy"), text(file, n, "orders"), text(file, n, "eventsSha256"));
    }

    private static String text(Path file, JsonNode n, String field) throws RunFolderException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new RunFolderException(file + ": field '" + field + "' must be a text, is " + v);
        }
        return v.textValue();
    }

    private static Long whole(Path file, JsonNode n, String field) throws RunFolderException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw new RunFolderException(file + ": field '" + field + "' must be a whole number, is " + v);
        }
        return v.longValue();
    }

    private static Scorecard readScorecard(Path file) throws RunFolderException {
        try {
            return Scorecard.readJson(file);
        } catch (JsonProcessingException e) {
            throw new RunFolderException(file + ": " + jsonProblem(e), e);
        } catch (IOException e) {
            throw new RunFolderException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode readTree(Path file) throws RunFolderException {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new RunFolderException(file + ": " + jsonProblem(e), e);
        } catch (IOException e) {
            throw new RunFolderException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String jsonProblem(JsonProcessingException e) {
        var at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                ? " (at " + m.getPathReference() + ")" : "";
        return where + e.getOriginalMessage() + path;
    }

    private static List<DepthGrid> readGrids(Path folder) throws RunFolderException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<DepthGrid> grids = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = DEPTH_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    grids.add(new DepthGrid(Long.parseLong(m.group(1)), "grids/" + f.getFileName(), readGrid(f)));
                }
            }
        } catch (IOException e) {
            throw new RunFolderException(folder + ": cannot list: " + e.getMessage(), e);
        }
        grids.sort(Comparator.comparingLong(DepthGrid::t));
        Path max = folder.resolve("max_depth.asc");
        if (Files.isRegularFile(max)) {
            grids.add(new DepthGrid(null, "grids/max_depth.asc", readGrid(max)));
        }
        return List.copyOf(grids);
    }

    private static AsciiGrid.Raster readGrid(Path file) throws RunFolderException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return AsciiGrid.read(r);
        } catch (AsciiGridFormatException e) {
            throw new RunFolderException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RunFolderException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) throws RunFolderException {
        try {
            return org.drillgrid.engine.record.RunManifest.sha256(file);
        } catch (IOException e) {
            throw new RunFolderException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
