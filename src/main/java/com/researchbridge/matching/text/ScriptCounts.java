package com.researchbridge.matching.text;

/** How many letters of each script a piece of text has. */
record ScriptCounts(int han, int cyrillic, int latin, int arabic, int kazakhArabic) {

    static ScriptCounts of(String text) {
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        int arabic = 0;
        int kazakhArabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            var script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (!Character.isLetter(cp)) {
                continue;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
                if (LanguageCues.isKazakhArabicLetter(cp)) {
                    kazakhArabic++;
                }
            }
        }
        return new ScriptCounts(han, cyrillic, latin, arabic, kazakhArabic);
    }

    /** Letters, a Han character counting as three (it carries about as much as a short word). */
    int weightedLetters() {
        return han * 3 + cyrillic + latin + arabic;
    }
}
