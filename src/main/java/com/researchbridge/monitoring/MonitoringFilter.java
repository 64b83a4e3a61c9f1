package com.researchbridge.monitoring;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.time.LocalDate;

/**
 * What the monitoring dashboards are restricted to; every part is optional ({@code null} = no restriction).
 * <ul>
 *   <li>{@code from}, {@code to}: the period, both days included. It applies to when things happened: a step of a
 *       project (per-month chart), an output (per-year chart), a project's request and a matcher proposal (funnel,
 *       flows). Researcher counts are the state of today.</li>
 *   <li>{@code field}: an area code ({@code "1"}) or a field code ({@code "1.2"}) of the OECD classification; a
 *       project matches when either researcher's main field does.</li>
 *   <li>{@code country}: projects started from that country (the initiator's); researchers of that country.</li>
 *   <li>{@code institution}: projects with a researcher of that institution; its researchers. A research office's
 *       dashboard is always restricted to its own institution, whatever is asked.</li>
 * </ul>
 */
public record MonitoringFilter(LocalDate from, LocalDate to, String field, Country country, InstitutionId institution) {

    /** Longest period accepted: a century is plenty and keeps the per-month chart bounded. */
    static final int MAX_YEARS = 100;

    public static MonitoringFilter none() {
        return new MonitoringFilter(null, null, null, null, null);
    }

    /** Refuses a filter the dashboards cannot answer, with a message key the page translates. */
    public void check() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFilter("monitoring.filter.endBeforeStart");
        }
        if (from != null && to != null && from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidFilter("monitoring.filter.tooLong");
        }
        if (field != null && !field.matches("[1-6](\\.[0-9]{1,2})?")) {
            throw new InvalidFilter("monitoring.filter.unknownField");
        }
    }

    MonitoringFilter withInstitution(InstitutionId id) {
        return new MonitoringFilter(from, to, field, country, id);
    }

    /** A filter the dashboards refuse; {@link #translationKey()} says why in the reader's language. */
    public static final class InvalidFilter extends IllegalArgumentException {

        private final String translationKey;

        InvalidFilter(String translationKey) {
            super(translationKey);
            this.translationKey = translationKey;
        }

        public String translationKey() {
            return translationKey;
        }
    }
}
