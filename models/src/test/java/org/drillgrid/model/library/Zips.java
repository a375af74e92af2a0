package org.drillgrid.model.library;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drillgrid.model.json.Json;

/**
 * Zip files for package tests: unpacking a package into a map of entries and packing one again (with
 * its manifest made to match, or not), and, written byte by byte, what ZipOutputStream will not make:
 * symbolic-link entries, headers that lie about sizes, and a 3 GB bomb in 3 MB.
 */
final class Zips {

    private Zips() {
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes the entries as they are, in order, with ZipOutputStream. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** The entries with {@code manifest.json}'s file list made to match every other entry. */
    static Map<String, byte[]> relisted(Map<String, byte[]> entries) throws IOException {
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(entries.get("manifest.json"));
        ArrayNode files = manifest.putArray("files");
        entries.forEach((path, bytes) -> {
            if (!path.equals("manifest.json") && !path.endsWith("/")) {
                files.addObject().put("path", path).put("bytes", bytes.length).put("sha256", Sha256.hex(bytes));
            }
        });
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put("manifest.json", Json.mapper().writeValueAsBytes(manifest));
        return out;
    }

    /** One entry written by hand: raw (already compressed) data and what the headers claim. */
    record Raw(String name, int method, byte[] data, long size, int unixMode) {

        static Raw stored(String name, byte[] data, int unixMode) {
            return new Raw(name, 0, data, data.length, unixMode);
        }
    }

    static final int REGULAR = 0100644;
    static final int SYMLINK = 0120777;

    /** Writes a zip byte by byte: local headers and data, the central directory (made by Unix), its end. */
    static Path raw(Path file, List<Raw> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteArrayOutputStream central = new ByteArrayOutputStream();
            long offset = 0;
            for (Raw e : entries) {
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer local = le(30 + name.length).putInt(0x04034b50).putShort((short) 20)
                        .putShort((short) 0x0800).putShort((short) e.method()).putShort((short) 0)
                        .putShort((short) 0x21).putInt(0).putInt(e.data().length).putInt((int) e.size())
                        .putShort((short) name.length).putShort((short) 0).put(name);
                out.write(local.array());
                out.write(e.data());
                central.write(le(46 + name.length).putInt(0x02014b50).putShort((short) (3 << 8 | 20))
                        .putShort((short) 20).putShort((short) 0x0800).putShort((short) e.method())
                        .putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(e.data().length)
                        .putInt((int) e.size()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putInt(e.unixMode() << 16).putInt((int) offset)
                        .put(name).array());
                offset += 30 + name.length + e.data().length;
            }
            out.write(central.toByteArray());
            out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) entries.size()).putShort((short) entries.size()).putInt(central.size())
                    .putInt((int) offset).putShort((short) 0).array());
        }
        return file;
    }

    /**
     * {@code megabytes} MB of zeros as a raw deflate stream, made in milliseconds: after the first, every
     * flushed megabyte of zeros compresses to the same bytes, so they are repeated rather than computed.
     */
    static byte[] deflatedZeros(int megabytes) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.setInput(zeros);
        out.write(buf, 0, d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH));
        d.setInput(zeros);
        int n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        byte[] repeat = java.util.Arrays.copyOf(buf, n);
        for (int i = 1; i < megabytes; i++) {
            out.write(repeat, 0, repeat.length);
        }
        d.finish();
        out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
