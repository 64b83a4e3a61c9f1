package com.researchbridge.security;

import com.researchbridge.base.AccountId;

/**
 * Published when an account and everything that belonged to it are deleted. It is published in the deleting
 * transaction just before the account's row goes, so a synchronous listener can still settle what refers to
 * the account; transactional listeners hear of it once the deletion is committed.
 */
public record AccountDeleted(AccountId account) {
}
