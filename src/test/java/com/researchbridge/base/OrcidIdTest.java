package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrcidIdTest {

    @Test
    void acceptsValidIdsInTheirUsualForms() {
        assertThat(OrcidId.parse("0000-0002-1825-0097")).contains(new OrcidId("0000-0002-1825-0097"));
        assertThat(OrcidId.parse("https://orcid.org/0000-0002-1694-233x")).contains(new OrcidId("0000-0002-1694-233X"));
        assertThat(OrcidId.parse(" 0000000218250097 ")).contains(new OrcidId("0000-0002-1825-0097"));
    }

    @Test
    void rejectsAWrongCheckCharacterOrFormat() {
        assertThat(OrcidId.parse("0000-0002-1825-0098")).isEmpty();
        assertThat(OrcidId.parse("0000-0002-1825")).isEmpty();
        assertThat(OrcidId.parse("not an orcid")).isEmpty();
        assertThat(OrcidId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new OrcidId("0000-0002-1694-2330")).isInstanceOf(IllegalArgumentException.class);
    }
}
