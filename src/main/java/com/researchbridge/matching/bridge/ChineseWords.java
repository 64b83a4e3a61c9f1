package com.researchbridge.matching.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds CC-CEDICT words in segmented Chinese: from each position the longest run of the analyser's words that
 * the dictionary knows (smartcn may split a compound the dictionary has whole); inside a word the dictionary
 * does not know, the longest dictionary words it contains, down to single characters.
 */
final class ChineseWords {

    static final int MAX_WORD_CHARS = 8;
    private static final int MAX_JOINED_TERMS = 4;

    private final PivotTable dictionary;

    ChineseWords(PivotTable dictionary) {
        this.dictionary = dictionary;
    }

    List<String> find(List<String> terms) {
        var words = new ArrayList<String>();
        int i = 0;
        while (i < terms.size()) {
            if (!allHan(terms.get(i))) {
                i++;
                continue;
            }
            int next = longestKnownRun(terms, i);
            if (next > i) {
                words.add(String.join("", terms.subList(i, next)));
                i = next;
            } else {
                splitUnknown(terms.get(i), words);
                i++;
            }
        }
        return words;
    }

    private int longestKnownRun(List<String> terms, int start) {
        int best = start;
        var joined = new StringBuilder();
        for (int end = start; end < terms.size() && end - start < MAX_JOINED_TERMS; end++) {
            String term = terms.get(end);
            if (!allHan(term) || joined.length() + term.length() > MAX_WORD_CHARS) {
                break;
            }
            joined.append(term);
            if (dictionary.contains(joined.toString())) {
                best = end + 1;
            }
        }
        return best;
    }

    private void splitUnknown(String term, List<String> words) {
        int i = 0;
        while (i < term.length()) {
            int found = 0;
            for (int len = Math.min(MAX_WORD_CHARS, term.length() - i); len >= 1; len--) {
                if (dictionary.contains(term.substring(i, i + len))) {
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                i++;
            } else {
                words.add(term.substring(i, i + found));
                i += found;
            }
        }
    }

    private static boolean allHan(String term) {
        if (term.isEmpty()) {
            return false;
        }
        return term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
