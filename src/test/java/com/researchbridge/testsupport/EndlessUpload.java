package com.researchbridge.testsupport;

import java.io.InputStream;

/**
 * A hostile upload: an endless stream of file content that fails the test if more than {@code allowed} bytes are
 * read from it, proving that a size limit is enforced while streaming and not after the whole file is in memory.
 */
public final class EndlessUpload extends InputStream {

    private final long allowed;
    private final byte[] pattern;
    private long read;

    public EndlessUpload(long allowed, String pattern) {
        this.allowed = allowed;
        this.pattern = pattern.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        check(1);
        return pattern[(int) (read++ % pattern.length)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        check(len);
        for (int i = 0; i < len; i++) {
            b[off + i] = pattern[(int) (read++ % pattern.length)];
        }
        return len;
    }

    private void check(int more) {
        if (read + more > allowed) {
            throw new AssertionError("read past " + allowed + " bytes: the upload limit is not enforced while streaming");
        }
    }

    public long bytesRead() {
        return read;
    }
}
