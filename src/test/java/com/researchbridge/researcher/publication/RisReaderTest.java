package com.researchbridge.researcher.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RisReaderTest {

    @Test
    void aValueContinuedOverManyLinesIsReadQuickly() {
        // Found by the fuzzer: every continuation line copied the whole value so far (quadratic); a megabyte of short
        // continuation lines would take minutes.
        String text = "TY  - JOUR\nTI  - Glacier runoff\nAB  - start\n" + "x\n".repeat(300_000) + "ER  - \n";
        var entries = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> RisReader.read(text));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.publication().title()).isEqualTo("Glacier runoff");
            assertThat(e.publication().abstractText()).startsWith("start x x").hasSize("start".length() + 2 * 300_000);
        });
    }

    @Test
    void continuationLinesJoinTheTagBeforeThem() {
        var entries = RisReader.read("TY  - JOUR\r\nTI  - Camel milk\r\n  microbiota\r\nPY  - 2024\r\nER  - \r\n");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.publication().title()).isEqualTo("Camel milk microbiota");
            assertThat(e.publication().year()).isEqualTo(2024);
        });
    }

    @Test
    void readingStopsSoonAfterTheEntryLimit() {
        String text = "TY  - JOUR\nTI  - T\nER  - \n".repeat(PublicationService.MAX_ENTRIES * 20);
        var entries = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> RisReader.read(text));
        assertThat(entries).hasSize(PublicationService.MAX_ENTRIES + 1);
    }
}
