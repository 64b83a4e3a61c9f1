package com.researchbridge.researcher;

import com.researchbridge.base.OrcidId;
import com.researchbridge.researcher.ProfileRejected.Field;
import com.researchbridge.researcher.ProfileRejected.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The rules a profile edit must meet (topics share the language and keyword rules); the editor shows the same limits. */
public final class ProfileValidator {

    static final int MAX_SUMMARY = 10_000;
    static final int MAX_KEYWORDS = 20;
    static final int MAX_KEYWORD = 100;
    static final int MAX_SHORT = 200;
    static final int MAX_FIELDS = 4;
    static final int MAX_SPOKEN = 10;

    private ProfileValidator() {
    }

    static List<Problem> problems(ProfileForm form) {
        var problems = new ArrayList<Problem>();
        if (length(form.fullNameLatin()) > MAX_SHORT) {
            problems.add(new Problem(Field.FULL_NAME_LATIN, "validation.tooLong"));
        }
        if (length(form.positionTitle()) > MAX_SHORT) {
            problems.add(new Problem(Field.POSITION, "validation.tooLong"));
        }
        if (!fieldsFit(form.fields())) {
            problems.add(new Problem(Field.FIELDS, "profile.error.fields"));
        }
        if (form.summaries().stream().anyMatch(v -> v == null || length(v.text()) > MAX_SUMMARY)) {
            problems.add(new Problem(Field.SUMMARIES, "profile.error.summaryTooLong"));
        } else if (!summaryLanguagesFit(form.summaries())) {
            problems.add(new Problem(Field.SUMMARIES, "profile.error.summaryLanguages"));
        }
        if (!spokenLanguagesFit(form.spokenLanguages())) {
            problems.add(new Problem(Field.SPOKEN_LANGUAGES, "profile.error.spokenLanguages"));
        }
        if (!keywordsFit(form.keywords())) {
            problems.add(new Problem(Field.KEYWORDS, "profile.error.keywords"));
        }
        if (length(form.orcid()) > 0 && OrcidId.parse(form.orcid()).isEmpty()) {
            problems.add(new Problem(Field.ORCID, "profile.error.orcid"));
        }
        if (length(form.homepage()) > 0 && !isWebAddress(form.homepage())) {
            problems.add(new Problem(Field.HOMEPAGE, "profile.error.homepage"));
        }
        if (form.visibility() == null) {
            problems.add(new Problem(Field.VISIBILITY, "validation.required"));
        }
        return problems;
    }

    /** At most four different fields of research. */
    static boolean fieldsFit(List<ResearchField> fields) {
        return fields.size() <= MAX_FIELDS && fields.stream().noneMatch(java.util.Objects::isNull)
                && fields.stream().distinct().count() == fields.size();
    }

    /** Every version tagged with one of the four languages, each language at most once. */
    static boolean summaryLanguagesFit(List<SummaryVersion> summaries) {
        return summaries.stream().allMatch(v -> isLanguage(v.language()))
                && summaries.stream().map(SummaryVersion::language).distinct().count() == summaries.size();
    }

    /** Known languages, each named once with its level. */
    static boolean spokenLanguagesFit(List<SpokenLanguage> spoken) {
        return spoken.size() <= MAX_SPOKEN && spoken.stream().allMatch(l -> l != null && SpokenLanguage.isKnown(l.language())
                && l.level() != null) && spoken.stream().map(SpokenLanguage::language).distinct().count() == spoken.size();
    }

    /** One of the four languages profiles and topics are written in. */
    public static boolean isLanguage(String code) {
        return code != null && com.researchbridge.base.UiLanguage.fromCode(code).map(l -> l.code().equals(code)).orElse(false);
    }

    /** At most 20 keywords of up to 100 characters, none containing the stored separator. */
    public static boolean keywordsFit(List<String> keywords) {
        return keywords.size() <= MAX_KEYWORDS && keywords.stream().noneMatch(k -> k.length() > MAX_KEYWORD
                || k.contains(ResearcherProfile.KEYWORD_SEPARATOR));
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    static boolean isWebAddress(String s) {
        try {
            URI uri = URI.create(s.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getHost().contains(".") && s.strip().length() <= 300;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
