package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableNameTest {

    @Test
    void chineseNamesAreShownInLatinToEnglishReadersAndInCyrillicToRussianAndKazakhReaders() {
        assertThat(ReadableName.forReader("王晓明", null, UiLanguage.EN)).contains("Wang Xiaoming");
        assertThat(ReadableName.forReader("王晓明", null, UiLanguage.RU)).contains("Ван Сяомин");
        assertThat(ReadableName.forReader("王晓明", null, UiLanguage.KK)).contains("Ван Сяомин");
        assertThat(ReadableName.forReader("王晓明", null, UiLanguage.ZH)).isEmpty();
    }

    @Test
    void cyrillicNamesAreShownInLatinToChineseReadersAndLeftAloneForRussianAndKazakhReaders() {
        assertThat(ReadableName.forReader("Ыскакова Дана", null, UiLanguage.ZH)).contains("Yskakova Dana");
        assertThat(ReadableName.forReader("Үсенов Саят", null, UiLanguage.ZH)).contains("Usenov Sayat");
        assertThat(ReadableName.forReader("Үсенов Саят", null, UiLanguage.RU)).isEmpty();
        assertThat(ReadableName.forReader("Үсенов Саят", null, UiLanguage.KK)).isEmpty();
    }

    @Test
    void theResearchersOwnLatinFormWinsOverTheAutomaticOne() {
        assertThat(ReadableName.forReader("Үсенов Саят", "Sayat Ussenov", UiLanguage.ZH)).contains("Sayat Ussenov");
        assertThat(ReadableName.forReader("吕志强", "Lyu Zhiqiang", UiLanguage.EN)).contains("Lyu Zhiqiang");
        // the own form is read as pinyin for Cyrillic when it is pinyin ...
        assertThat(ReadableName.forReader("王杰", "Wang Jie", UiLanguage.RU)).contains("Ван Цзе");
        // ... and the characters decide when it is not ("Lyu" is no pinyin syllable): 吕 is lǚ, Palladius "Люй"
        assertThat(ReadableName.forReader("吕志强", "Lyu Zhiqiang", UiLanguage.RU)).contains("Люй Чжицян");
    }

    @Test
    void palladiusHandlesTheAwkwardSyllables() {
        assertThat(Pinyin.toCyrillic("Zhang Ziyi")).contains("Чжан Цзыи");
        assertThat(Pinyin.toCyrillic("Xu Qiang")).contains("Сюй Цян");
        assertThat(Pinyin.toCyrillic("Liu Hui")).contains("Лю Хуэй");
        assertThat(Pinyin.toCyrillic("Ouyang Xiu")).contains("Оуян Сю");
        assertThat(Pinyin.toCyrillic("Sima Qian")).contains("Сыма Цянь");
    }

    @Test
    void latinThatIsNotPinyinIsNotTurnedIntoFakeChinese() {
        assertThat(Pinyin.toCyrillic("Smith")).isEmpty();
        assertThat(Pinyin.toCyrillic("Brown John")).isEmpty();
    }

    @Test
    void aNameInAFourthScriptGetsOnlyTheOwnLatinFormOrNothing() {
        assertThat(ReadableName.forReader("김민수", null, UiLanguage.ZH)).isEmpty();
        assertThat(ReadableName.forReader("김민수", "Kim Minsu", UiLanguage.RU)).contains("Kim Minsu");
        assertThat(ReadableName.forReader("محمد", null, UiLanguage.EN)).isEmpty();
    }

    @Test
    void latinNamesNeedNothingAndBlankNamesGiveNothing() {
        assertThat(ReadableName.forReader("John Smith", null, UiLanguage.ZH)).isEmpty();
        assertThat(ReadableName.forReader("  ", null, UiLanguage.RU)).isEmpty();
        assertThat(ReadableName.forReader(null, "x", UiLanguage.RU)).isEmpty();
    }

    @Test
    void veryLongNamesAreTransliteratedWholeWithoutFailing() {
        String longName = "王".repeat(300);
        assertThat(ReadableName.forReader(longName, null, UiLanguage.EN)).isPresent();
        assertThat(ReadableName.forReader("Ы".repeat(2000) + " Дана", null, UiLanguage.ZH)).isPresent();
        assertThat(ReadableName.forReader(longName, null, UiLanguage.RU)).isPresent();
    }
}
