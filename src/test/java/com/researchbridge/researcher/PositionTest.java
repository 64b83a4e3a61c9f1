package com.researchbridge.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void theUsualSpellingsInFourLanguagesBecomeOnePosition() {
        assertThat(Position.normalise("ведущий научный сотрудник")).isEqualTo("LEADING_RESEARCHER");
        assertThat(Position.normalise("  Жетекші ғылыми   қызметкер ")).isEqualTo("LEADING_RESEARCHER");
        assertThat(Position.normalise("副教授")).isEqualTo("ASSOCIATE_PROFESSOR");
        assertThat(Position.normalise("доцент")).isEqualTo("ASSOCIATE_PROFESSOR");
        assertThat(Position.normalise("Associate Professor")).isEqualTo("ASSOCIATE_PROFESSOR");
        assertThat(Position.normalise("教授、博士生导师")).isEqualTo("PROFESSOR");
        assertThat(Position.normalise("PROFESSOR")).isEqualTo("PROFESSOR");
    }

    @Test
    void aPositionTheListLacksStaysFreeTextAndNoneStaysNone() {
        assertThat(Position.normalise(" Vice-rector for science ")).isEqualTo("Vice-rector for science");
        assertThat(Position.stored("Vice-rector for science")).isEmpty();
        assertThat(Position.normalise("  ")).isNull();
        assertThat(Position.normalise(null)).isNull();
    }

    @Test
    void readersSeeTheLabelOfAControlledPositionAndFreeTextAsWritten() {
        assertThat(Position.label("LEADING_RESEARCHER", key -> "[" + key + "]")).isEqualTo("[position.LEADING_RESEARCHER]");
        assertThat(Position.label("Vice-rector", key -> "[" + key + "]")).isEqualTo("Vice-rector");
        assertThat(Position.label(null, key -> key)).isEmpty();
    }
}
