package com.researchbridge.security;

import com.researchbridge.base.AccountId;

/** Published when an account and everything that belonged to it were deleted. */
public record AccountDeleted(AccountId account) {
}
