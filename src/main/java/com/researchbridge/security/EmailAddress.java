package com.researchbridge.security;

import java.util.List;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The one check of every e-mail address that enters the site (registration, roster import, research office
 * accounts, new-password requests, the first administrator, demo data). The syntax is Apache Commons Validator's
 * (unquoted RFC 5322 local part, a host name with a top-level domain IANA knows, or an address literal); on top
 * of it our own policy, where the standard is laxer than a site whose addresses end up in spreadsheets and
 * mail-merge files should be:
 * <ul>
 * <li>no quoted local parts ({@code "a b"@x.kz}) and no address literals ({@code a@[10.0.0.1]});</li>
 * <li>no local part starting with a character a spreadsheet reads as a formula ({@code = + - @}, also {@code |}
 * and {@code %} of old DDE tricks);</li>
 * <li>RFC 5321 lengths: at most 64 characters before the {@code @}, at most 254 in all.</li>
 * </ul>
 * The reserved top-level domain {@code .example} (RFC 2606) is accepted so that documentation and demo addresses
 * pass; mail to it is simply undeliverable.
 */
public final class EmailAddress {

    public static final int MAX_LOCAL_PART = 64;
    public static final int MAX_LENGTH = 254;
    private static final String FORMULA_STARTS = "=+-@|%";

    private static final EmailValidator SYNTAX = new EmailValidator(false, false,
            DomainValidator.getInstance(false, List.of(
                    new DomainValidator.Item(DomainValidator.ArrayType.GENERIC_PLUS, new String[] {"example"}))));

    private EmailAddress() {
    }

    /** Trimmed and lower-cased: e-mail addresses are compared without regard to case. */
    public static String normalize(String email) {
        return UserAccount.normalizeEmail(email);
    }

    /** Whether the address, once {@linkplain #normalize normalised}, may be stored as an account's e-mail. */
    public static boolean isWellFormed(String email) {
        var address = normalize(email);
        if (address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at > MAX_LOCAL_PART || address.indexOf('"') >= 0 || address.indexOf('[') >= 0
                || FORMULA_STARTS.indexOf(address.charAt(0)) >= 0) {
            return false;
        }
        return SYNTAX.isValid(address);
    }
}
