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
    /**
     * Function words the Chinese analyser keeps: their dictionary senses ("的": really, target; "和": together,
     * Japan, harmony) say nothing about a topic, so they pivot to nothing.
     */
    static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "的", "了", "和", "与", "及", "在", "是", "对", "其", "以", "为", "中", "等", "并", "将", "从", "由", "于",
            "把", "被", "也", "而", "或", "之", "这", "那", "个", "我", "我们", "你", "你们", "他", "她", "它", "他们",
            "本", "该", "此", "各", "已", "又", "就", "都", "很", "更", "最", "所", "着", "过", "地", "得", "及其",
            "以及", "关于", "通过", "进行", "基于", "一", "不", "有", "到", "可", "能", "会", "要", "如何", "这些",
            "那些", "我的", "一个", "一些", "以上", "以下", "之间", "之一", "方面", "主要", "同时", "并且", "或者",
            "因为", "所以", "但是", "如果", "虽然", "以便", "用于", "使用", "采用", "研究");

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
                String word = String.join("", terms.subList(i, next));
                if (!FUNCTION_WORDS.contains(word)) {
                    words.add(word);
                }
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
                String word = term.substring(i, i + found);
                if (!FUNCTION_WORDS.contains(word)) {
                    words.add(word);
                }
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
