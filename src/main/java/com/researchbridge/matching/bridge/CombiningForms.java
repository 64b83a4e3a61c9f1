package com.researchbridge.matching.bridge;

import com.researchbridge.matching.text.TextAnalysis;
import com.researchbridge.matching.text.TextLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scientific compounds that no word list has whole (гидрогеология, палеоклимат): a Greek or Latin combining form
 * that Russian and Kazakh write in Cyrillic, followed by a cognate English word, make the English compound
 * (hydro + geology → hydrogeology), which is then stemmed as English text is.
 */
final class CombiningForms {

    /** Latin key of the Cyrillic form (as {@link LatinKey} spells it) → the English form. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("gidro", "hydro"), Map.entry("geo", "geo"), Map.entry("bio", "bio"),
            Map.entry("termo", "thermo"), Map.entry("elektro", "electro"), Map.entry("mikro", "micro"),
            Map.entry("nano", "nano"), Map.entry("radio", "radio"), Map.entry("foto", "photo"),
            Map.entry("paleo", "paleo"), Map.entry("astro", "astro"), Map.entry("agro", "agro"),
            Map.entry("eko", "eco"), Map.entry("seismo", "seismo"), Map.entry("neiro", "neuro"),
            Map.entry("krio", "cryo"), Map.entry("atmo", "atmo"), Map.entry("makro", "macro"));
    private static final int LONGEST_FORM = 7;

    private CombiningForms() {
    }

    /** English compounds (word and stem) for a root key that starts with a combining form; empty otherwise. */
    static List<Cognates.Match> compounds(String rootKey, Cognates cognates) {
        var result = new ArrayList<Cognates.Match>();
        for (int length = 3; length <= Math.min(LONGEST_FORM, rootKey.length() - LoanRoots.MIN_ROOT); length++) {
            String english = FORMS.get(rootKey.substring(0, length));
            if (english == null) {
                continue;
            }
            for (var rest : cognates.find(rootKey.substring(length))) {
                String compound = english + rest.word();
                List<String> stems = TextAnalysis.terms(compound, TextLanguage.EN);
                if (stems.size() == 1) {
                    result.add(new Cognates.Match(compound, stems.getFirst(), rest.similarity()));
                }
            }
        }
        return result;
    }
}
