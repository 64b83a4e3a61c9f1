package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    @Test
    void mailIsSentOnceAServerIsNamedElseLoggedInTheDemoElseNowhere() {
        assertThat(new OutgoingMail("smtp.kaznu.kz", false).delivery()).isEqualTo(OutgoingMail.Delivery.SENT);
        assertThat(new OutgoingMail("smtp.kaznu.kz", true).delivery()).isEqualTo(OutgoingMail.Delivery.SENT);
        assertThat(new OutgoingMail("", true).delivery()).isEqualTo(OutgoingMail.Delivery.LOGGED);
        assertThat(new OutgoingMail(" ", false).delivery()).isEqualTo(OutgoingMail.Delivery.OFF);
    }
}
