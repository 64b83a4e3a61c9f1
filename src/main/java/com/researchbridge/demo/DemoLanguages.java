package com.researchbridge.demo;

import com.researchbridge.researcher.LanguageLevel;
import com.researchbridge.researcher.SpokenLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * The languages a demo researcher speaks, derived from what they wrote and where they work, varied by e-mail
 * so the demo shows the spread a real site would: Kazakh and Russian in Kazakhstan, Chinese in China, English
 * at different levels on both sides, and a few who speak the other side's language.
 */
final class DemoLanguages {

    private DemoLanguages() {
    }

    static List<SpokenLanguage> of(DemoResearcher r) {
        int variant = Math.floorMod(r.email().hashCode(), 12);
        var result = new ArrayList<SpokenLanguage>();
        boolean writesEnglish = "en".equals(r.lang()) || r.summaryEn() != null;
        if ("KZ".equals(r.country())) {
            boolean kazakhFirst = "kk".equals(r.lang()) || ("en".equals(r.lang()) && variant % 2 == 0);
            result.add(new SpokenLanguage(kazakhFirst ? "kk" : "ru", LanguageLevel.NATIVE));
            result.add(new SpokenLanguage(kazakhFirst ? "ru" : "kk", kazakhFirst ? LanguageLevel.FLUENT
                    : variant < 6 ? LanguageLevel.WORKING : LanguageLevel.BASIC));
            if (variant == 3 || variant == 7) {
                result.add(new SpokenLanguage("zh", LanguageLevel.BASIC));
            }
        } else {
            result.add(new SpokenLanguage("zh", LanguageLevel.NATIVE));
            if (variant == 2 || variant == 9) {
                result.add(new SpokenLanguage("ru", LanguageLevel.WORKING));
            }
            if (variant == 5) {
                result.add(new SpokenLanguage("ug", LanguageLevel.NATIVE));
            }
        }
        result.add(1, new SpokenLanguage("en", writesEnglish ? LanguageLevel.FLUENT
                : variant % 3 == 0 ? LanguageLevel.BASIC : LanguageLevel.WORKING));
        return result;
    }
}
