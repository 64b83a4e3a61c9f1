package com.researchbridge.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An upload received in memory with its size limit enforced while the bytes arrive: reading stops as soon as the
 * file passes the limit, whatever size the browser announced (issue 9: Vaadin's in-memory handler read a 300 MB
 * upload to the end, 1.3 GB of heap, before our check said "larger than 2 MB"). Nothing is handed on then; the
 * view is told so that it can say it in the user's language.
 */
public final class LimitedUpload implements UploadHandler {

    /** What the view does with an upload; called on the request thread, without the session lock. */
    public interface Receiver {

        void received(String fileName, byte[] content);

        /** Tells the user the file was too large; returns the same text for the upload's own file list. */
        String tooLarge(String fileName);
    }

    private static final int CHUNK = 8 * 1024;

    private final int maxBytes;
    private final Receiver receiver;

    public LimitedUpload(int maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Optional<byte[]> content = event.getFileSize() > maxBytes ? Optional.empty() : readAtMost(event.getInputStream(), maxBytes);
        if (content.isEmpty()) {
            event.reject(receiver.tooLarge(event.getFileName()));
            return;
        }
        receiver.received(event.getFileName(), content.get());
    }

    /**
     * The bytes of the stream, or empty as soon as it holds more than {@code maxBytes}: at most {@code maxBytes}
     * plus one chunk is ever read or kept.
     */
    public static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
        var out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        byte[] chunk = new byte[CHUNK];
        int read;
        try (in) {
            while ((read = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes + 1L - out.size()))) > 0) {
                out.write(chunk, 0, read);
                if (out.size() > maxBytes) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toByteArray());
    }
}
