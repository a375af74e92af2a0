package org.drillgrid.engine.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.LocalizedText;

/**
 * {@code run.json}: what a headless run was made of, so that {@code drillgrid replay DIR} can make it again
 * and compare: the scenario ({@code source}: a file path or a bundled id), seed, end time, policy, the
 * files of its inputs in the folder ({@code orders}: orders only; {@code inputs}: orders and controller
 * actions in arrival order; {@code ratings}: observer ratings; null when none), and
 * the SHA-256 of the event log it wrote. {@code stoppedAt}: the sim time a controller stopped the run at,
 * before {@code until} (an exported exercise session); null for a run that went to its end.
 */
@JsonPropertyOrder({"scenario", "name", "source", "seed", "until", "stoppedAt", "policy", "orders", "inputs",
        "ratings", "events", "eventsSha256"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunManifest(String scenario, LocalizedText name, String source, long seed, long until, Long stoppedAt,
        String policy,
        String orders, String inputs, String ratings, long events, String eventsSha256) {

    public static final String FILE = "run.json";

    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this)
                + "\n");
    }

    public static RunManifest read(Path dir) throws IOException {
        return Json.mapper().readValue(dir.resolve(FILE).toFile(), RunManifest.class);
    }

    /** The SHA-256 of the text these lines make, each ended by a newline (as in an events.jsonl), in hex. */
    public static String sha256Lines(java.util.List<String> lines) {
        MessageDigest md = digest();
        for (String l : lines) {
            md.update(l.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = digest();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
