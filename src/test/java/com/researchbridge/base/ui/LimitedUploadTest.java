package com.researchbridge.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.researchbridge.testsupport.EndlessUpload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitedUploadTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    private final List<String> told = new ArrayList<>();
    private final LimitedUpload handler = new LimitedUpload(LIMIT, new LimitedUpload.Receiver() {
        @Override
        public void received(String fileName, byte[] content) {
            told.add("received " + fileName + " " + content.length);
        }

        @Override
        public String tooLarge(String fileName) {
            told.add("too large " + fileName);
            return "too large";
        }
    });

    @Test
    void anEndlessUploadIsCutOffJustAfterTheLimitAndNothingIsHandedOn() throws Exception {
        var stream = new EndlessUpload(LIMIT + 64 * 1024, "\n");
        var event = event("huge.bib", -1, stream);
        handler.handleUploadRequest(event);
        assertThat(told).containsExactly("too large huge.bib");
        assertThat(stream.bytesRead()).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 8 * 1024);
        verify(event).reject("too large");
    }

    @Test
    void aBrowserThatAnnouncesAnUnderstatedSizeIsStillCutOff() throws Exception {
        var stream = new EndlessUpload(LIMIT + 64 * 1024, "@article{");
        handler.handleUploadRequest(event("small.bib", 10, stream));
        assertThat(told).containsExactly("too large small.bib");
    }

    @Test
    void anAnnouncedOversizeIsRefusedWithoutReading() throws Exception {
        var stream = new EndlessUpload(0, "x");
        handler.handleUploadRequest(event("big.bib", 300L * 1024 * 1024, stream));
        assertThat(told).containsExactly("too large big.bib");
        assertThat(stream.bytesRead()).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitIsHandedOnWhole() throws Exception {
        handler.handleUploadRequest(event("full.bib", -1, new ByteArrayInputStream(new byte[LIMIT])));
        assertThat(told).containsExactly("received full.bib " + LIMIT);
    }

    private static UploadEvent event(String fileName, long announcedSize, java.io.InputStream content) {
        var event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn(fileName);
        when(event.getFileSize()).thenReturn(announcedSize);
        when(event.getInputStream()).thenReturn(content);
        return event;
    }
}
