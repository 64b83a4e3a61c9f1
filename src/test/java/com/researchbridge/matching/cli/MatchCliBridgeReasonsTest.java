package com.researchbridge.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.matching.bridge.PivotSource;
import com.researchbridge.matching.engine.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The `match` command's reasons name words that meet through a bilingual pivot, after the older reasons. */
class MatchCliBridgeReasonsTest {

    @Test
    void bridgesAreOneReasonAfterTheOthers() {
        var match = new Match("kz-1", 0.4, List.of("glacier"), null, List.of("en"),
                List.of(new Match.Bridge("冰川", "zh", "мұздық", "kk", PivotSource.DICTIONARY),
                        new Match.Bridge("地震", "zh", "сейсмикалық", "kk", PivotSource.SHARED_STEM)));
        assertThat(MatchCli.reasons(match)).containsExactly("shared concepts: glacier", "common languages: en",
                "words across languages: 冰川 ≈ мұздық (dictionary), 地震 ≈ сейсмикалық (shared stem)");
        assertThat(MatchCli.reasons(new Match("kz-2", 0.1, List.of(), null, List.of()))).isEmpty();
    }
}
