-- Profile details the researcher edits: Latin form of the name, ORCID iD, homepage, and who may see the
-- profile; the matcher proposes only researchers who are open to collaboration and consent to matching.
alter table researcher_profile add column full_name_latin varchar(200);
alter table researcher_profile add column orcid varchar(19);
alter table researcher_profile add column homepage varchar(300);
alter table researcher_profile add column visibility varchar(20) default 'SIGNED_IN' not null;
alter table researcher_profile add column open_to_collaboration boolean default true not null;
alter table researcher_profile add column matching_consent boolean default true not null;
alter table researcher_profile add constraint ck_researcher_profile_visibility
    check (visibility in ('SIGNED_IN', 'MATCHER_AND_OFFICES', 'NOBODY'));
