package com.researchbridge.matching.bridge.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Reads one file out of the two archive kinds the registries hand out: an npm tarball (.tgz) and a Debian
 * package (an {@code ar} archive holding data.tar.xz). Small readers of our own, so the build needs no
 * archiver plugin; only xz decompression comes from a library.
 */
final class Archives {

    private static final int TAR_BLOCK = 512;

    private Archives() {
    }

    static byte[] fromTgz(InputStream tgz, String path) throws IOException {
        return fromTar(new GZIPInputStream(tgz), path);
    }

    static byte[] fromDeb(InputStream deb, String path) throws IOException {
        byte[] magic = deb.readNBytes(8);
        if (!"!<arch>\n".equals(new String(magic, StandardCharsets.US_ASCII))) {
            throw new IOException("not a Debian package (no ar header)");
        }
        while (true) {
            byte[] header = deb.readNBytes(60);
            if (header.length < 60) {
                throw new IOException("no data.tar.xz in the Debian package");
            }
            String name = new String(header, 0, 16, StandardCharsets.US_ASCII).strip();
            long size = Long.parseLong(new String(header, 48, 10, StandardCharsets.US_ASCII).strip());
            if (name.startsWith("data.tar.xz")) {
                byte[] member = deb.readNBytes(Math.toIntExact(size));
                return fromTar(new XZInputStream(new ByteArrayInputStream(member)), path);
            }
            deb.skipNBytes(size + (size % 2));
        }
    }

    static byte[] fromTar(InputStream tar, String path) throws IOException {
        while (true) {
            byte[] header = tar.readNBytes(TAR_BLOCK);
            if (header.length < TAR_BLOCK || header[0] == 0) {
                throw new IOException("no " + path + " in the archive");
            }
            String name = cString(header, 0, 100);
            String prefix = cString(header, 345, 155);
            String full = prefix.isEmpty() ? name : prefix + "/" + name;
            long size = Long.parseLong(cString(header, 124, 12).strip(), 8);
            long padded = (size + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK;
            if (stripDot(full).equals(stripDot(path))) {
                var out = new ByteArrayOutputStream((int) size);
                out.write(tar.readNBytes(Math.toIntExact(size)));
                return out.toByteArray();
            }
            tar.skipNBytes(padded);
        }
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static String stripDot(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    private static String cString(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) {
            end++;
        }
        return new String(b, offset, end - offset, StandardCharsets.UTF_8);
    }
}
