-- Profiles gain several fields of research (two-level OECD classification, main field first), a research
-- summary in several tagged language versions (main version first), and spoken languages with a level.
-- The single-valued columns move into side tables, keeping what was stored.

create table researcher_field (
    profile_id  bigint      not null,
    list_index  integer     not null,
    field_code  varchar(10) not null,
    constraint pk_researcher_field primary key (profile_id, list_index),
    constraint fk_researcher_field_profile foreign key (profile_id) references researcher_profile (id) on delete cascade
);
create index ix_researcher_field_code on researcher_field (field_code);

create table researcher_summary (
    profile_id  bigint         not null,
    list_index  integer        not null,
    lang_code   varchar(5)     not null,
    body        varchar(20000) not null,
    constraint pk_researcher_summary primary key (profile_id, list_index),
    constraint fk_researcher_summary_profile foreign key (profile_id) references researcher_profile (id) on delete cascade,
    constraint ck_researcher_summary_lang check (lang_code in ('en', 'ru', 'kk', 'zh'))
);

create table researcher_language (
    profile_id  bigint      not null,
    list_index  integer     not null,
    lang_code   varchar(5)  not null,
    proficiency varchar(10) not null,
    constraint pk_researcher_language primary key (profile_id, list_index),
    constraint fk_researcher_language_profile foreign key (profile_id) references researcher_profile (id) on delete cascade,
    constraint ck_researcher_language_level check (proficiency in ('NATIVE', 'FLUENT', 'WORKING', 'BASIC'))
);

insert into researcher_field (profile_id, list_index, field_code)
    select id, 0, field_code from researcher_profile where field_code is not null;

insert into researcher_summary (profile_id, list_index, lang_code, body)
    select id, 0, coalesce(summary_lang, 'en'), summary from researcher_profile where summary is not null;

insert into researcher_summary (profile_id, list_index, lang_code, body)
    select id, case when summary is null then 0 else 1 end, 'en', summary_en from researcher_profile
    where summary_en is not null and (summary is null or summary_lang is null or summary_lang <> 'en');

drop index ix_researcher_profile_country_field;
create index ix_researcher_profile_country on researcher_profile (country);
alter table researcher_profile drop column field_code;
alter table researcher_profile drop column summary;
alter table researcher_profile drop column summary_lang;
alter table researcher_profile drop column summary_en;
