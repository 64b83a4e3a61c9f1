package com.researchbridge.project;

import com.researchbridge.base.AccountId;

/** Two accounts in no particular order: {@code low} is the smaller id. */
public record AccountPair(long low, long high) {

    public static AccountPair of(AccountId a, AccountId b) {
        return of(a.value(), b.value());
    }

    public static AccountPair of(long a, long b) {
        return new AccountPair(Math.min(a, b), Math.max(a, b));
    }
}
