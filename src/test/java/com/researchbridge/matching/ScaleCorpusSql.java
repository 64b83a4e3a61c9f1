package com.researchbridge.matching;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills an empty ResearchBridge schema on PostgreSQL with many synthetic researchers in a few set-based statements
 * ({@code generate_series}), not through the application: two institutions, researcher accounts with profiles
 * (half Kazakh writing in Russian or English, half Chinese writing in Chinese or English), a summary, a field and
 * one or two publications each. One in a hundred has withdrawn consent to matching, so the index leaves them out.
 */
final class ScaleCorpusSql {

    static final String DOMAIN = "@scale.example";

    private static final String TOPICS_RU = """
            array['Ледниковый сток и баланс массы ледников Тянь-Шаня.', 'Засоление почв и орошение в бассейне Сырдарьи.',
                  'Сейсмическая опасность и активные разломы Северного Тянь-Шаня.', 'Засухоустойчивость пшеницы и геном злаков.',
                  'Качество воздуха и мелкодисперсные частицы в городах.', 'Машинное обучение для медицинских изображений.']""";
    private static final String TOPICS_ZH = """
            array['天山冰川物质平衡与融水径流。', '塔里木盆地土壤盐渍化与灌溉。', '天山北部活动断层与地震危险性。',
                  '小麦抗旱性与作物基因组。', '城市空气质量与细颗粒物。', '医学影像的机器学习方法。']""";
    private static final String TOPICS_EN = """
            array['Glacier mass balance and meltwater runoff in Central Asia.', 'Soil salinity and irrigation in arid basins.',
                  'Seismic hazard of active faults in the Tian Shan.', 'Drought tolerance of wheat and cereal genomics.',
                  'Urban air quality and fine particulate matter.', 'Machine learning for medical imaging.']""";
    private static final String FIELDS = "array['1.5', '2.7', '1.5', '4.1', '1.5', '1.2']";

    private ScaleCorpusSql() {
    }

    /** Adds {@code researchers} accounts with profiles and publications. */
    static void fill(JdbcTemplate jdbc, int researchers) {
        statements(researchers).forEach(jdbc::update);
    }

    /**
     * The statements, in order; plain SQL that PostgreSQL and H2 both run. For the manual whole-application
     * measurement ({@code docs/benchmarks.md}) they are printed: {@code java ... ScaleCorpusSql 100000 > fill.sql}.
     */
    static List<String> statements(int researchers) {
        return List.of("""
                insert into institution (code, country, kind, name_native, name_en, city_native, city_en)
                values ('SCALE-KZ', 'KZ', 'UNIVERSITY', 'Scale University KZ', 'Scale University KZ', 'Almaty', 'Almaty'),
                       ('SCALE-CN', 'CN', 'UNIVERSITY', 'Scale University CN', 'Scale University CN', 'Urumqi', 'Urumqi')""",
                """
                insert into user_account (email, password_hash, full_name, role, country, institution_id, created_at)
                select 'r' || g.n || '%1$s', '{noop}not-for-login', 'Researcher ' || g.n, 'RESEARCHER',
                       case when g.n %% 2 = 0 then 'KZ' else 'CN' end,
                       (select id from institution where code = case when g.n %% 2 = 0 then 'SCALE-KZ' else 'SCALE-CN' end),
                       current_timestamp
                from generate_series(1, %2$d) as g(n)""".formatted(DOMAIN, researchers),
                """
                insert into researcher_profile (account_id, full_name, country, institution_id, updated_at, matching_consent)
                select id, full_name, country, institution_id, current_timestamp, id %% 100 <> 7
                from user_account where email like '%%%1$s'""".formatted(DOMAIN),
                // Each summary joins two topics (chosen from the account id), so that profiles differ and pairs share some.
                """
                insert into researcher_summary (profile_id, list_index, lang_code, body)
                select p.id, 0, case when p.account_id %% 5 = 0 then 'en' when p.country = 'CN' then 'zh' else 'ru' end,
                       case when p.account_id %% 5 = 0 then (%1$s)[1 + p.account_id %% 6] || ' ' || (%1$s)[1 + (p.account_id / 7) %% 6]
                            when p.country = 'CN' then (%2$s)[1 + p.account_id %% 6] || (%2$s)[1 + (p.account_id / 7) %% 6]
                            else (%3$s)[1 + p.account_id %% 6] || ' ' || (%3$s)[1 + (p.account_id / 7) %% 6] end
                from researcher_profile p join user_account a on a.id = p.account_id
                where a.email like '%%%4$s'""".formatted(TOPICS_EN, TOPICS_ZH, TOPICS_RU, DOMAIN),
                """
                insert into researcher_field (profile_id, list_index, field_code)
                select p.id, 0, (%1$s)[1 + p.account_id %% 6]
                from researcher_profile p join user_account a on a.id = p.account_id
                where a.email like '%%%2$s'""".formatted(FIELDS, DOMAIN),
                // One publication each, a second one for every third researcher; abstracts in English.
                """
                insert into publication (account_id, title, normalized_title, abstract_text, pub_year, source, created_at)
                select a.id, (%1$s)[1 + (a.id + s.n) %% 6], lower((%1$s)[1 + (a.id + s.n) %% 6]),
                       (%1$s)[1 + (a.id + s.n) %% 6] || ' We report field measurements and models from '
                       || (2000 + a.id %% 25) || ', study ' || s.n || '.', 2000 + a.id %% 25, 'MANUAL', current_timestamp
                from user_account a cross join generate_series(1, 2) as s(n)
                where a.email like '%%%2$s' and (s.n = 1 or a.id %% 3 = 0)""".formatted(TOPICS_EN, DOMAIN));
    }

    public static void main(String[] args) {
        statements(Integer.parseInt(args[0])).forEach(sql -> System.out.println(sql + ";"));
    }
}
