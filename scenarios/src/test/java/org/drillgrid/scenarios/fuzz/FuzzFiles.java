package org.drillgrid.scenarios.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drillgrid.model.json.Json;

/** Writing fuzzed documents: JSON with every non-ASCII character escaped (so lone surrogates survive), zips. */
final class FuzzFiles {

    /** Escapes non-ASCII as {@code \\uXXXX}, the way an attacker sends an unpaired surrogate. */
    private static final ObjectWriter ASCII = Json.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    /** Layer files no scenario should accept, written beside every base scenario. */
    static final Map<String, String> HOSTILE_LAYERS = Map.of(
            "huge.asc", "ncols 46340\nnrows 46340\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value -9999\n1\n",
            "wide.asc", "ncols 10001\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 50\n",
            "token.asc", "ncols 1\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 50\n" + "7".repeat(200_000) + "\n",
            "short.asc", "ncols 160\nnrows 120\nxllcorner 0\nyllcorner 0\ncellsize 50\n1 2 3\n",
            "header.asc", "ncols\nnrows 120 7\n",
            "nan.asc", "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 50\nNaN Infinity\n");

    private FuzzFiles() {
    }

    static String json(JsonNode node) throws IOException {
        return ASCII.writeValueAsString(node);
    }

    static void writeJson(Path file, JsonNode node) throws IOException {
        Files.writeString(file, json(node), StandardCharsets.US_ASCII);
    }

    static void writeHostileLayers(Path folder) throws IOException {
        for (Map.Entry<String, String> e : HOSTILE_LAYERS.entrySet()) {
            Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.US_ASCII);
        }
        byte[] binary = new byte[4096];
        new java.util.SplittableRandom(7).nextBytes(binary);
        Files.write(folder.resolve("binary.asc"), binary);
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static void zip(Path zip, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        try (OutputStream o = Files.newOutputStream(zip)) {
            bytes.writeTo(o);
        }
    }
}
