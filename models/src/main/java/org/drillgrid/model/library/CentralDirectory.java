package org.drillgrid.model.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@code java.util.zip} does not expose of a zip's central directory: the Unix file type of
 * each entry, to refuse symbolic links (a link extracted as a link could point anywhere; extracted as a
 * file it would be a different file than the one packed).
 */
final class CentralDirectory {

    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int HEADER = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;
    /** Far more than 10 000 entries with reasonable names need. */
    private static final long MAX_DIRECTORY_BYTES = 32L * 1024 * 1024;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;

    private CentralDirectory() {
    }

    /** The names of the entries a Unix zip tool marked as symbolic links. */
    static List<String> symbolicLinks(Path zip) throws IOException, PackageException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT + 20L);
            ByteBuffer tail = read(ch, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - END_SIZE; i >= 0 && end < 0; i--) {
                end = tail.getInt(i) == END ? i : -1;
            }
            if (end < 0) {
                throw new PackageException(zip.getFileName() + " is not a zip file (no end of central directory)");
            }
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryEnd = size - tailLength + end;
            if (end >= 20 && tail.getInt(end - 20) == ZIP64_LOCATOR) {
                long zip64End = tail.getLong(end - 20 + 8);
                if (zip64End < 0 || zip64End > size - 56) {
                    throw new PackageException(zip.getFileName() + " has a corrupt zip64 end of central directory");
                }
                ByteBuffer z = read(ch, zip64End, 56);
                if (z.getInt(0) != ZIP64_END) {
                    throw new PackageException(zip.getFileName() + " has a corrupt zip64 end of central directory");
                }
                directorySize = z.getLong(40);
                directoryEnd = zip64End;
            }
            if (directorySize > MAX_DIRECTORY_BYTES || directorySize > directoryEnd) {
                throw new PackageException(zip.getFileName() + " has a central directory of " + directorySize
                        + " bytes, more than a package may have");
            }
            return links(read(ch, directoryEnd - directorySize, (int) directorySize), zip);
        }
    }

    private static List<String> links(ByteBuffer dir, Path zip) throws PackageException {
        List<String> links = new ArrayList<>();
        int p = 0;
        while (p + 46 <= dir.limit()) {
            if (dir.getInt(p) != HEADER) {
                throw new PackageException(zip.getFileName() + " has a corrupt central directory");
            }
            int madeBy = Short.toUnsignedInt(dir.getShort(p + 4)) >> 8;
            int nameLength = Short.toUnsignedInt(dir.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(dir.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(dir.getShort(p + 32));
            int mode = dir.getInt(p + 38) >>> 16;
            if (p + 46 + nameLength > dir.limit()) {
                throw new PackageException(zip.getFileName() + " has a corrupt central directory");
            }
            if (madeBy == UNIX && (mode & TYPE_MASK) == SYMLINK) {
                byte[] name = new byte[nameLength];
                dir.get(p + 46, name);
                links.add(new String(name, StandardCharsets.UTF_8));
            }
            p += 46 + nameLength + extraLength + commentLength;
        }
        return links;
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new java.io.EOFException("zip ends inside its central directory");
            }
        }
        return buf.flip();
    }
}
