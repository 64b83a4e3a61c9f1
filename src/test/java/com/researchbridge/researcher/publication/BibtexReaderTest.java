package com.researchbridge.researcher.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibtexReaderTest {

    private static final String ENTRY = "@article{a1,\n  title = {Glacier runoff in the Tian Shan},\n  year = {2023}\n}\n";

    @Test
    void aMegabyteOfBlankLinesBeforeAnEntryIsReadQuickly() {
        // Issue 9.1: the old split pattern (?m)^(?=\s*@) was quadratic in blank lines (1 MB ran for over 30 minutes).
        String text = "\n".repeat(1024 * 1024) + ENTRY;
        List<ParsedEntry> entries = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BibtexReader.read(text));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.isOk()).isTrue();
            assertThat(e.publication().title()).isEqualTo("Glacier runoff in the Tian Shan");
        });
    }

    @Test
    void blankLinesWithSpacesAndCarriageReturnsAreReadQuicklyToo() {
        String text = " \t\r\n".repeat(256 * 1024) + ENTRY + "\r\n  \r\n".repeat(100_000) + "  " + ENTRY.replace("a1", "a2");
        List<ParsedEntry> entries = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BibtexReader.read(text));
        assertThat(entries).hasSize(2).allMatch(ParsedEntry::isOk);
    }

    @Test
    void entriesAreSplitAtLinesStartingWithAnAtSignEvenWhenIndented() {
        String text = "% a comment\n@comment{ignored}\n@string{x = {y}}\n" + ENTRY + "   \t@book{b, title = {Second}}\nnot an entry\n";
        var entries = BibtexReader.read(text);
        assertThat(entries).extracting(e -> e.publication().title()).containsExactly("Glacier runoff in the Tian Shan", "Second");
        assertThat(entries).extracting(ParsedEntry::number).containsExactly(1, 2);
    }

    @Test
    void textBetweenEntriesIsAComment() {
        var entries = BibtexReader.read("@book{b, title = {First {Nested}}}\nnot an entry } {\n@misc{c, title = {Second (two)}} trailing\n");
        assertThat(entries).extracting(e -> e.publication().title()).containsExactly("First Nested", "Second (two)");
    }

    @Test
    void anEntryWhoseBracesNeverCloseIsReportedOnItsOwn() {
        var entries = BibtexReader.read("@article{x, title = {Open\n" + ENTRY);
        assertThat(entries).extracting(ParsedEntry::problemKey).containsExactly("publications.error.syntax", null);
    }

    @Test
    void deeplyNestedBracesAndLongConcatenationsAreBrokenEntriesNotAStackOverflow() {
        // Found while fuzzing: jbibtex recursed until StackOverflowError, which escaped the reader.
        String nested = "@article{a, title = {" + "{".repeat(100_000) + "}".repeat(100_000) + "}}\n";
        String chained = "@article{b, title = {x}" + " # {y}".repeat(40_000) + "}\n";
        var entries = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BibtexReader.read(nested + chained + ENTRY));
        assertThat(entries).extracting(ParsedEntry::problemKey).containsExactly("publications.error.syntax", "publications.error.syntax", null);
    }

    @Test
    void anOverlongKeyIsABrokenEntryWithoutAskingJbibtex() {
        // Found while fuzzing: jbibtex's tokenizer is quadratic in the length of one bare token.
        var entries = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> BibtexReader.read("@article{" + "k".repeat(2_000_000) + ", title = {x}}\n@" + "a".repeat(400_000) + "{k, title = {x}}\n" + ENTRY));
        assertThat(entries).extracting(ParsedEntry::problemKey).containsExactly("publications.error.syntax", "publications.error.syntax", null);
    }

    @Test
    void readingStopsSoonAfterTheEntryLimit() {
        String text = "@misc{k, title = {T}}\n".repeat(PublicationService.MAX_ENTRIES * 50);
        var entries = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BibtexReader.read(text));
        assertThat(entries).hasSize(PublicationService.MAX_ENTRIES + 1);
    }
}
