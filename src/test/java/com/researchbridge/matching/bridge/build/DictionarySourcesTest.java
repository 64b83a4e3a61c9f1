package com.researchbridge.matching.bridge.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The derivation rules of the build step, on small samples in the raw formats. */
class DictionarySourcesTest {

    @Test
    void cedictCrossReferencesAreNoTranslations() {
        assertThat(CedictGlosses.stems("variant of 冰[bing1]")).isEmpty();
        assertThat(CedictGlosses.stems("surname Fan")).isEmpty();
        assertThat(CedictGlosses.stems("CL:個|个[ge4]")).isEmpty();
        assertThat(CedictGlosses.stems("(bound form) row; line")).contains(List.of("row", "line"));
        assertThat(CedictGlosses.stems("the emergency number for law enforcement in Mainland China and Taiwan")).isEmpty();
    }

    @Test
    void cedictEntriesMergeReadingsUnderBothSpellings() {
        var senses = CedictGlosses.senses(List.of(
                List.of("問題", "问题", "wen4 ti2", List.of("question", "problem"), List.of(), List.of()),
                List.of("冰川", "冰川", "bing1 chuan1", "glacier", List.of(), List.of()),
                "not an entry"));
        assertThat(senses.get("问题")).containsExactly(List.of("question"), List.of("problem"));
        assertThat(senses.get("問題")).isEqualTo(senses.get("问题"));
        assertThat(senses.get("冰川")).containsExactly(List.of("glacier"));
    }

    @Test
    void moreSensesMeanLessWeightPerSense() {
        assertThat(SenseWeights.of(List.of(List.of("glacier")))).containsEntry("glacier", 1f);
        var four = SenseWeights.of(List.of(List.of("question"), List.of("problem"), List.of("issu"), List.of("topic")));
        assertThat(four.get("problem")).isEqualTo(0.5f);
        assertThat(SenseWeights.of(List.of())).isEmpty();
    }

    @Test
    void aGlossWithFiftySensesWeighsLittleAndKeepsFewStems() {
        var senses = new java.util.ArrayList<List<String>>();
        for (int i = 0; i < 50; i++) {
            senses.add(List.of("sense" + i, "other" + i));
        }
        var weights = SenseWeights.of(senses);
        assertThat(weights).hasSizeLessThanOrEqualTo(SenseWeights.MAX_STEMS_PER_WORD);
        assertThat(weights.values()).allSatisfy(w -> assertThat(w).isLessThan(0.11f));
    }

    @Test
    void muellerArticlesGiveTheirTranslationsNotTheirExamples() {
        Map<String, Map<String, Float>> scores = new HashMap<>();
        MuellerEntries.addTranslations("glacier\n   [↗glæsjɜ] _n. ледник, глетчер", "glacier", scores);
        MuellerEntries.addTranslations("seismic\n   [↗saɪzmɪk] _a. сейсмический; seismic country сейсмический район",
                "seismic", scores);
        assertThat(scores.get("ледник")).containsEntry("glacier", 1f);
        assertThat(scores.get("глетчер")).containsEntry("glacier", 0.8f);
        assertThat(scores.get("сейсмическ")).containsEntry("seismic", 1f);
        assertThat(scores).doesNotContainKey("район");
    }

    @Test
    void dictdOffsetsAreBase64Numbers() {
        assertThat(MuellerEntries.base64("B2")).isEqualTo(118);
        assertThat(MuellerEntries.base64("A")).isZero();
        assertThat(MuellerEntries.base64("!")).isEqualTo(-1);
    }

    @Test
    void aDownloadThatIsNoDebianPackageFailsClearly() {
        assertThatThrownBy(() -> Archives.fromDeb(new ByteArrayInputStream("<html>".getBytes()), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Debian package");
        assertThatThrownBy(() -> Archives.fromTar(new ByteArrayInputStream(new byte[1024]), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("no x");
    }
}
