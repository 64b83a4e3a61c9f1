package com.researchbridge.security;

import com.researchbridge.base.AccountId;

/** Published when an administrator blocks or unblocks an account. */
public record AccountBlockChanged(AccountId account, String email, boolean blocked) {
}
