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
        if (length(form.summary()) > MAX_SUMMARY) {
            problems.add(new Problem(Field.SUMMARY, "profile.error.summaryTooLong"));
        }
        if (length(form.summaryEn()) > MAX_SUMMARY) {
            problems.add(new Problem(Field.SUMMARY_EN, "profile.error.summaryTooLong"));
        }
        if (length(form.summary()) > 0 && !isLanguage(form.summaryLanguage())) {
            problems.add(new Problem(Field.SUMMARY_LANGUAGE, "validation.required"));
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
