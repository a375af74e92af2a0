package org.drillgrid.scenarios.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.SimDuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite of issue 20: documents mutated from the bundled scenarios, their example orders and an
 * exercise package of one of them, with a fixed seed, fed to the command line in this JVM (whose heap
 * the build holds to 2 GB). Every command must exit 0 or 2 within 60 s, with no stack trace, and every
 * refused scenario line must name a JSON path; every scenario that validates must run 10 minutes of
 * simulated time (its whole duration when shorter) and exit 0. docs/fuzz.md has the figures and
 * {@code scripts/fuzz} runs more documents.
 *
 * <p>System properties for longer runs: {@code fuzz.seed} (20), {@code fuzz.scenarios} (documents per
 * bundled scenario, 250), {@code fuzz.orders} (60), {@code fuzz.packages} (40), {@code fuzz.until}
 * (seconds of simulated time for what validates, 600).
 */
class ScenarioFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20);
    private static final int PER_SCENARIO = Integer.getInteger("fuzz.scenarios", 250);
    private static final int ORDER_FILES = Integer.getInteger("fuzz.orders", 60);
    private static final int PACKAGES = Integer.getInteger("fuzz.packages", 40);
    private static final long UNTIL = Long.getLong("fuzz.until", 600);
    /** A command that has used this much CPU time is a hang. */
    private static final long LIMIT_MS = 60_000;
    /** A refused scenario's stderr: one {@code <json-path>: <message>} a line. */
    private static final Pattern PATH_LINE = Pattern.compile("\\$\\S*: .+");
    private static final String XINZHENG = "xinzheng-720-rainstorm";

    private static final Figures FIGURES = new Figures();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        FIGURES.reset();
    }

    @AfterAll
    static void report() {
        System.out.println(FIGURES);
    }

    @Test
    void mutatedScenariosAreRefusedByPathOrRunTenMinutes() throws Exception {
        List<String> failures = new ArrayList<>();
        try (CliProbe cli = new CliProbe(LIMIT_MS)) {
            List<String> ids = ScenarioCatalog.bundled().entries().stream().map(ScenarioCatalog.Entry::id).toList();
            for (int b = 0; b < ids.size(); b++) {
                String id = ids.get(b);
                Path folder = Files.createDirectories(dir.resolve(id));
                ObjectNode base = copyBundled(id, folder);
                SplittableRandom random = new SplittableRandom(SEED * 1_000 + b);
                Mutator mutator = new Mutator(random);
                for (int k = 0; k < PER_SCENARIO; k++) {
                    Mutator.Mutant m = random.nextInt(4) == 0 ? targeted(base, random) : mutator.mutate(base);
                    Path file = folder.resolve("case-" + k + ".json");
                    FuzzFiles.writeJson(file, m.doc());
                    String name = id + " #" + k + " (" + m.description() + ")";
                    checkScenario(cli, name, file, folder.resolve("run"), failures);
                    Files.delete(file);
                }
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void mutatedOrdersAreRefusedByLineOrCarriedOut() throws Exception {
        List<String> failures = new ArrayList<>();
        List<ObjectNode> base = baseOrders();
        SplittableRandom random = new SplittableRandom(SEED * 1_000 + 100);
        Mutator mutator = new Mutator(random);
        try (CliProbe cli = new CliProbe(LIMIT_MS)) {
            for (int k = 0; k < ORDER_FILES; k++) {
                List<byte[]> lines = new ArrayList<>();
                for (ObjectNode o : base) {
                    lines.add(FuzzFiles.json(o).getBytes(StandardCharsets.US_ASCII));
                }
                int at = random.nextInt(lines.size());
                String what;
                switch (random.nextInt(6)) {
                    case 0 -> {
                        lines.set(at, ("{\"t\": 0, \"role\": \"dispatch\", \"type\": \"warn\", \"area\": \""
                                + "x".repeat(70_000) + "\", \"level\": 2}").getBytes(StandardCharsets.US_ASCII));
                        what = "a 70 000-character line";
                    }
                    case 1 -> {
                        lines.set(at, new byte[] {'{', '"', 't', '"', ':', ' ', '0', ',', '"', (byte) 0xC3, (byte) 0x28,
                                '"', ':', '1', '}'});
                        what = "a line that is not UTF-8";
                    }
                    default -> {
                        Mutator.Mutant m = mutator.mutate(base.get(at));
                        lines.set(at, FuzzFiles.json(m.doc()).getBytes(StandardCharsets.US_ASCII));
                        what = m.description();
                    }
                }
                Path file = dir.resolve("orders-" + k + ".jsonl");
                try (var out = Files.newOutputStream(file)) {
                    for (byte[] line : lines) {
                        out.write(line);
                        out.write('\n');
                    }
                }
                String name = "orders #" + k + " line " + (at + 1) + " (" + what + ")";
                CliProbe.Outcome o = cli.run("run", XINZHENG, "--until", String.valueOf(UNTIL), "--quiet",
                        "--out", dir.resolve("orders-run").toString(), "--orders", file.toString());
                FIGURES.count("orders", name, o);
                if (bad(o, name, failures)) {
                    write(file, name);
                } else if (o.exit() == 2 && !(o.err().contains("--orders") && (o.err().contains(" line ")
                        || o.err().contains(": order ")))) {
                    failures.add(name + ": refused without naming the line or the order: " + o.err());
                }
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void mutatedPackagesAreRefusedOrImportedAndRun() throws Exception {
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED * 1_000 + 200);
        Mutator mutator = new Mutator(random);
        try (CliProbe cli = new CliProbe(LIMIT_MS)) {
            Path baseZip = dir.resolve("base.zip");
            CliProbe.Outcome packed = cli.run("package", XINZHENG, "--out", baseZip.toString(), "--by", "fuzz");
            assertTrue(packed.exit() == 0, packed.err());
            Map<String, byte[]> base = FuzzFiles.unzip(baseZip);
            ObjectNode doc = (ObjectNode) Json.mapper().readTree(base.get("scenario/scenario.json"));
            ObjectNode manifest = (ObjectNode) Json.mapper().readTree(base.get("manifest.json"));
            for (int k = 0; k < PACKAGES; k++) {
                Map<String, byte[]> entries = new LinkedHashMap<>(base);
                String what;
                int kind = random.nextInt(4);
                if (kind == 0) {
                    Mutator.Mutant m = mutator.mutate(manifest);
                    entries.put("manifest.json", FuzzFiles.json(m.doc()).getBytes(StandardCharsets.US_ASCII));
                    what = "manifest: " + m.description();
                } else {
                    Mutator.Mutant m = kind == 1 ? targeted(doc, random) : mutator.mutate(doc);
                    entries.put("scenario/scenario.json", FuzzFiles.json(m.doc()).getBytes(StandardCharsets.US_ASCII));
                    FuzzFiles.HOSTILE_LAYERS.forEach((name, text) ->
                            entries.put("scenario/" + name, text.getBytes(StandardCharsets.US_ASCII)));
                    relist(entries, manifest);
                    what = "scenario: " + m.description();
                }
                Path zip = dir.resolve("package-" + k + ".zip");
                FuzzFiles.zip(zip, entries);
                Path data = dir.resolve("data-" + k);
                String name = "package #" + k + " (" + what + ")";
                CliProbe.Outcome o = cli.run("import", zip.toString(), "--data", data.toString(), "--by", "fuzz");
                FIGURES.count("packages", name, o);
                if (bad(o, name, failures)) {
                    write(zip, name);
                } else if (o.exit() == 0) {
                    Path imported = newestScenario(data);
                    runValidated(cli, name, imported, data.resolve("run"), failures);
                }
            }
        }
        assertNoFailures(failures);
    }

    // ---- one scenario document

    private void checkScenario(CliProbe cli, String name, Path file, Path runDir, List<String> failures)
            throws IOException {
        CliProbe.Outcome v = cli.run("validate", file.toString());
        FIGURES.count("scenarios", name, v);
        if (bad(v, name, failures)) {
            write(file, name);
            return;
        }
        if (v.exit() == 2) {
            for (String line : v.err().strip().split("\n")) {
                if (!PATH_LINE.matcher(line).matches()) {
                    failures.add(name + ": an error line without a JSON path: " + line);
                    write(file, name);
                    return;
                }
            }
            return;
        }
        runValidated(cli, name, file, runDir, failures);
    }

    /** A scenario that validated runs {@link #UNTIL} (or its whole duration when shorter) and exits 0. */
    private void runValidated(CliProbe cli, String name, Path file, Path runDir, List<String> failures)
            throws IOException {
        JsonNode duration = Json.mapper().readTree(file.toFile()).get("duration");
        long seconds = duration.isNumber() ? duration.longValue()
                : SimDuration.parse(duration.asText()).orElseThrow().seconds();
        CliProbe.Outcome r = cli.run("run", file.toString(), "--until", String.valueOf(Math.min(UNTIL, seconds)),
                "--quiet", "--out", runDir.toString());
        FIGURES.ran(name, r);
        if (bad(r, name + " [run]", failures) || r.exit() != 0) {
            if (r.exit() == 2) {
                failures.add(name + " [run]: validated, then refused: " + r.err());
            }
            write(file, name);
        }
    }

    /** Records a hang, a crash or an exit code other than 0 and 2; true when there was one. */
    private static boolean bad(CliProbe.Outcome o, String name, List<String> failures) {
        String problem = o.hung() ? "still running after " + LIMIT_MS / 1000 + " s of CPU time"
                : o.thrown() != null ? "threw " + o.thrown()
                : o.exit() != 0 && o.exit() != 2 ? "exit " + o.exit() + ": " + head(o.err())
                : o.crashed() ? "a stack trace or internal error: " + head(o.err()) : null;
        if (problem != null) {
            failures.add(name + ": " + problem);
        }
        return problem != null;
    }

    private static String head(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }

    /** Keeps a failing document in target/fuzz-failures for a person to look at. */
    private static void write(Path file, String name) throws IOException {
        Path keep = Path.of("target", "fuzz-failures");
        Files.createDirectories(keep);
        Path copy = keep.resolve(file.getFileName().toString().replace(".", "-" + SEED + "."));
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(keep.resolve(copy.getFileName() + ".txt"), name + "\n");
    }

    private static void assertNoFailures(List<String> failures) {
        assertTrue(failures.isEmpty(), failures.size() + " documents broke a rule (kept in target/fuzz-failures):\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    // ---- the bases

    /** A bundled scenario's document, with its layer files and the hostile ones copied to {@code folder}. */
    private static ObjectNode copyBundled(String id, Path folder) throws IOException {
        byte[] doc = resource(id, "scenario.json");
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(doc);
        for (JsonNode layer : tree.path("layers")) {
            if (layer.has("file")) {
                Files.write(folder.resolve(layer.get("file").asText()), resource(id, layer.get("file").asText()));
            }
        }
        FuzzFiles.writeHostileLayers(folder);
        return tree;
    }

    private static byte[] resource(String id, String file) throws IOException {
        try (var in = ScenarioFuzzTest.class.getClassLoader().getResourceAsStream("scenarios/" + id + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no resource scenarios/" + id + "/" + file);
            }
            return in.readAllBytes();
        }
    }

    /** Xinzheng's example orders, their times folded into the first {@link #UNTIL} seconds, in order. */
    private static List<ObjectNode> baseOrders() throws IOException {
        List<ObjectNode> orders = new ArrayList<>();
        String text = new String(resource(XINZHENG, "orders-example.jsonl"), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                orders.add((ObjectNode) Json.mapper().readTree(line));
            }
        }
        for (int i = 0; i < orders.size(); i++) {
            orders.get(i).put("t", (long) i * (UNTIL - 60) / orders.size());
        }
        return orders;
    }

    /**
     * A mutation aimed at one of issue 20's findings: a hostile layer file, a time step of 0, extreme
     * hazard numbers, a dense population, a grid of the largest size, a long chain of injects, a huge or
     * deeply nested value.
     */
    private static Mutator.Mutant targeted(ObjectNode base, SplittableRandom random) {
        ObjectNode doc = base.deepCopy();
        String what;
        switch (random.nextInt(9)) {
            case 0 -> {
                List<String> names = new ArrayList<>(FuzzFiles.HOSTILE_LAYERS.keySet());
                names.add("binary.asc");
                java.util.Collections.sort(names);
                String file = names.get(random.nextInt(names.size()));
                String layer = random.nextBoolean() ? "elevation" : "population";
                ((ObjectNode) doc.path("layers")).putObject(layer).put("file", file);
                what = "layer " + layer + " from " + file;
            }
            case 1 -> {
                String[] steps = {"0", "0s", "1s", "3601", "1h", "0.5s"};
                String step = steps[random.nextInt(steps.length)];
                if (step.matches("\\d+")) {
                    doc.put("timeStep", Long.parseLong(step));
                } else {
                    doc.put("timeStep", step);
                }
                what = "timeStep " + step;
            }
            case 2 -> {
                String[] fields = {"alpha", "manning"};
                double v = Mutator.NUMBERS[random.nextInt(Mutator.NUMBERS.length)];
                ObjectNode hazard = firstHazard(doc);
                if (hazard == null) {
                    return new Mutator.Mutant(doc, "no hazard");
                }
                String field = fields[random.nextInt(fields.length)];
                hazard.put(field, v);
                what = "hazard " + field + " " + v;
            }
            case 3 -> {
                double v = Mutator.NUMBERS[random.nextInt(Mutator.NUMBERS.length)];
                ObjectNode hazard = firstHazard(doc);
                if (hazard == null || !"flood".equals(hazard.path("type").asText())) {
                    return new Mutator.Mutant(doc, "no flood");
                }
                if (random.nextBoolean()) {
                    hazard.putObject("rainfall").putArray("series").addArray().add(0).add(v);
                    what = "rain " + v;
                } else {
                    hazard.putArray("boundaries").addObject().put("edge", "west").put("type", "stage")
                            .putArray("series").addArray().add(0).add(v);
                    what = "stage " + v;
                }
            }
            case 4 -> {
                double v = Mutator.NUMBERS[random.nextInt(Mutator.NUMBERS.length)];
                ((ObjectNode) doc.path("layers")).putObject("population").put("constant", v);
                what = "population " + v + " a cell";
            }
            case 5 -> {
                // the largest documented grid, with constant layers; rarely, for its run is the slowest
                if (random.nextInt(32) != 0) {
                    return new Mutator.Mutant(doc, "not the big grid this time");
                }
                ((ObjectNode) doc.path("grid")).put("cols", 2000).put("rows", 2000);
                ObjectNode layers = ((ObjectNode) doc.path("layers"));
                layers.removeAll();
                layers.putObject("elevation").put("constant", 100);
                what = "a 2000 x 2000 grid";
            }
            case 6 -> {
                ObjectNode drill = doc.has("drill") ? (ObjectNode) doc.get("drill") : doc.putObject("drill");
                ArrayNode injects = drill.has("injects") ? (ArrayNode) drill.get("injects") : drill.putArray("injects");
                injects.addObject().put("id", "chain-0").put("at", 60).put("message", "m");
                for (int i = 1; i < 5000; i++) {
                    injects.addObject().put("id", "chain-" + i).put("after", "chain-" + (i - 1)).put("message", "m");
                }
                if (random.nextBoolean()) {
                    ((ObjectNode) injects.get(injects.size() - 5000)).remove("at");
                    ((ObjectNode) injects.get(injects.size() - 5000)).put("after", "chain-4999");
                    what = "a circle of 5 000 injects";
                } else {
                    what = "a chain of 5 000 injects";
                }
            }
            case 7 -> {
                doc.put("description", "长".repeat(900_000));
                what = "a description of 900 000 characters";
            }
            default -> {
                ArrayNode deep = doc.putArray("description");
                for (int i = 0; i < 70; i++) {
                    deep = deep.addArray();
                }
                what = "70 nested arrays";
            }
        }
        return new Mutator.Mutant(doc, what);
    }

    private static ObjectNode firstHazard(ObjectNode doc) {
        JsonNode hazards = doc.path("hazards");
        return hazards.isArray() && hazards.size() > 0 && hazards.get(0).isObject() ? (ObjectNode) hazards.get(0) : null;
    }

    /** Lists every entry in the manifest with its size and SHA-256, as an exporter would. */
    private static void relist(Map<String, byte[]> entries, ObjectNode manifest) throws IOException {
        ObjectNode m = manifest.deepCopy();
        ArrayNode files = m.putArray("files");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().equals("manifest.json") && !e.getKey().endsWith("/")) {
                files.addObject().put("path", e.getKey()).put("bytes", e.getValue().length)
                        .put("sha256", sha256(e.getValue()));
            }
        }
        entries.put("manifest.json", FuzzFiles.json(m).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path newestScenario(Path data) throws IOException {
        try (var all = Files.walk(data.resolve("library"))) {
            return all.filter(p -> p.getFileName().toString().equals("scenario.json"))
                    .filter(p -> !p.toString().contains(".staging")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** Counts of what the commands did, printed at the end for docs/fuzz.md. */
    static final class Figures {
        private final Map<String, int[]> byKind = new LinkedHashMap<>();
        private int ran;
        private long slowestRun;
        private long slowest;

        void reset() {
            byKind.clear();
            samples.clear();
            slow.clear();
            ran = 0;
            slowestRun = 0;
            slowest = 0;
        }

        /** Commands slower than this are listed by name. */
        private static final long SLOW_MS = 5_000;
        private final List<String> slow = new ArrayList<>();

        private final Map<String, List<String>> samples = new LinkedHashMap<>();

        synchronized void count(String kind, String name, CliProbe.Outcome o) {
            List<String> sample = samples.computeIfAbsent(kind, k -> new ArrayList<>());
            if (o.exit() == 2 && sample.size() < 3) {
                sample.add(name + " -> " + head(o.err().strip().split("\n")[0]));
            }
            if (o.millis() > SLOW_MS) {
                slow.add(name + ": " + o.millis() + " ms");
            }
            int[] c = byKind.computeIfAbsent(kind, k -> new int[4]);
            c[o.exit() == 0 ? 0 : o.exit() == 2 ? 1 : 2]++;
            c[3] += o.hung() ? 1 : 0;
            slowest = Math.max(slowest, o.millis());
        }

        synchronized void ran(String name, CliProbe.Outcome o) {
            if (o.millis() > SLOW_MS) {
                slow.add(name + " [run]: " + o.millis() + " ms");
            }
            ran++;
            slowestRun = Math.max(slowestRun, o.millis());
        }

        @Override
        public synchronized String toString() {
            StringBuilder sb = new StringBuilder("fuzz seed " + SEED + ":");
            for (Iterator<Map.Entry<String, int[]>> it = byKind.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, int[]> e = it.next();
                int[] c = e.getValue();
                sb.append(String.format(" %s %d (exit 0: %d, exit 2: %d, other: %d, hung: %d);", e.getKey(),
                        c[0] + c[1] + c[2], c[0], c[1], c[2], c[3]));
            }
            sb.append(String.format(" runs of what validated: %d, slowest %d ms; slowest check %d ms", ran,
                    slowestRun, slowest));
            slow.forEach(s -> sb.append("\n  slow: ").append(s));
            samples.forEach((k, v) -> v.forEach(s -> sb.append("\n  ").append(k).append(" refused: ").append(s)));
            return sb.toString();
        }
    }
}
