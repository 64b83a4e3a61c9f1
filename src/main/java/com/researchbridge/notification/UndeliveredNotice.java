package com.researchbridge.notification;

import java.time.Instant;

/**
 * An e-mail notice the mail server has not taken yet: which kind (the translation key of its listener), since
 * when, how many tries so far, and whether the retries are over ({@code failed}).
 */
public record UndeliveredNotice(String kindKey, Instant since, int attempts, boolean failed) {
}
