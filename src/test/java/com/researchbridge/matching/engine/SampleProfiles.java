package com.researchbridge.matching.engine;

import com.researchbridge.matching.text.TextLanguage;
import java.util.List;
import java.util.Set;

/** Small hand-written profiles: partners on glacier runoff, wheat rust and seismic hazard, in four languages. */
final class SampleProfiles {

    private SampleProfiles() {
    }

    static MatchProfile profile(String id, String country, TextLanguage language, String summary, String... keywords) {
        return new MatchProfile(id, country, language, null, null, summary, List.of(keywords), null, List.of(),
                List.of(), Set.of(), Set.of());
    }

    static final MatchProfile CN_GLACIER = profile("cn-glacier", "CN", TextLanguage.ZH,
            "我们利用遥感和野外观测研究天山冰川物质平衡及其对冰川径流的影响，评估气候变暖下塔里木河上游的水资源变化。",
            "冰川径流", "冰川物质平衡", "天山");
    static final MatchProfile KZ_GLACIER = profile("kz-glacier", "KZ", TextLanguage.KK,
            "Іле Алатауындағы мұздықтардың масса балансын және мұздық ағындысының өзен суына үлесін зерттеймін. "
                    + "Климаттың жылынуы жағдайында Алматы өңірінің су ресурстарын бағалаймын.",
            "мұздық ағындысы", "масса балансы", "Тянь-Шань мұздықтары");
    static final MatchProfile CN_WHEAT = profile("cn-wheat", "CN", TextLanguage.ZH,
            "研究小麦条锈病抗病基因的定位与分子标记辅助育种，关注新疆冬小麦品种的抗性。", "小麦条锈病", "抗病基因");
    static final MatchProfile KZ_WHEAT = profile("kz-wheat", "KZ", TextLanguage.RU,
            "Изучаю устойчивость пшеницы к жёлтой ржавчине и ищу гены устойчивости в казахстанских сортах "
                    + "с помощью молекулярных маркеров.", "жёлтая ржавчина", "пшеница", "гены устойчивости");
    static final MatchProfile CN_QUAKE = profile("cn-quake", "CN", TextLanguage.ZH,
            "从事天山地区活动断层与地震危险性评估研究，利用InSAR监测地壳形变。", "地震危险性", "活动断层");
    static final MatchProfile KZ_QUAKE = profile("kz-quake", "KZ", TextLanguage.RU,
            "Оцениваю сейсмическую опасность Алматы и изучаю активные разломы Северного Тянь-Шаня.",
            "сейсмическая опасность", "активные разломы");
    static final MatchProfile CN_EMPTY = profile("cn-empty", "CN", null, null);

    static final List<MatchProfile> ALL = List.of(CN_GLACIER, KZ_GLACIER, CN_WHEAT, KZ_WHEAT, CN_QUAKE, KZ_QUAKE, CN_EMPTY);
}
