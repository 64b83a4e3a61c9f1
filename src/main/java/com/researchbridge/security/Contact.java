package com.researchbridge.security;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.UiLanguage;

/**
 * Where and in which language to write to an account holder: the language they chose, else the usual one of
 * their country (Russian in Kazakhstan, Chinese in China), else English.
 */
public record Contact(AccountId account, String email, String fullName, UiLanguage chosenLanguage, Country country) {

    public UiLanguage language() {
        if (chosenLanguage != null) {
            return chosenLanguage;
        }
        return country == Country.KZ ? UiLanguage.RU : country == Country.CN ? UiLanguage.ZH : UiLanguage.EN;
    }
}
