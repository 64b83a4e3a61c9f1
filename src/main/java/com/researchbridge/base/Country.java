package com.researchbridge.base;

/** The two countries whose researchers the site brings together. */
public enum Country {
    KZ, CN;

    /** Translation key of the country's name. */
    public String translationKey() {
        return "country." + name();
    }

    /** The country on the other side of a partnership. */
    public Country partnerCountry() {
        return this == KZ ? CN : KZ;
    }
}
