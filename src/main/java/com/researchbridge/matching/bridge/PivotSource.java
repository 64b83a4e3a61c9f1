package com.researchbridge.matching.bridge;

/** Where a pivot comes from, so that an explanation can say why two texts met. */
public enum PivotSource {
    /** A general bilingual dictionary (CC-CEDICT for Chinese, Mueller's dictionary reversed for Russian). */
    DICTIONARY,
    /** A Kazakh loan word whose stem a Russian dictionary word shares (сейсмикалық / сейсмический). */
    SHARED_STEM,
    /** An international word recognised in Latin transliteration (сейсмическ → seismic). */
    COGNATE
}
