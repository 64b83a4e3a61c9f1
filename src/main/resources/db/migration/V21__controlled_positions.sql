-- Positions from a controlled list (issue 12, item 4). A profile's position_title now holds the position's
-- name (PROFESSOR, ...) when the list knows it, and free text only for positions the list lacks ("other").
-- Existing free text is mapped where it is one of the usual spellings in English, Russian, Kazakh or Chinese;
-- anything else stays as written.
update researcher_profile set position_title = 'PROFESSOR' where lower(trim(position_title)) in ('professor', 'full professor', 'профессор', '教授', '教授、博士生导师', '教授，博士生导师');
update researcher_profile set position_title = 'ASSOCIATE_PROFESSOR' where lower(trim(position_title)) in ('associate professor', 'доцент', 'ассоциированный профессор', 'қауымдастырылған профессор', '副教授');
update researcher_profile set position_title = 'ASSISTANT_PROFESSOR' where lower(trim(position_title)) in ('assistant professor', 'ассистент-профессор', 'ассистент профессор', 'қауымдастырылмаған профессор', '助理教授');
update researcher_profile set position_title = 'SENIOR_LECTURER' where lower(trim(position_title)) in ('senior lecturer', 'старший преподаватель', 'аға оқытушы');
update researcher_profile set position_title = 'LECTURER' where lower(trim(position_title)) in ('lecturer', 'преподаватель', 'оқытушы', '讲师');
update researcher_profile set position_title = 'RESEARCH_PROFESSOR' where lower(trim(position_title)) in ('research professor', '研究员', '特聘研究员', '研究员、博士生导师', '研究员，博士生导师');
update researcher_profile set position_title = 'ASSOCIATE_RESEARCH_PROFESSOR' where lower(trim(position_title)) in ('associate research professor', '副研究员');
update researcher_profile set position_title = 'ASSISTANT_RESEARCHER' where lower(trim(position_title)) in ('assistant researcher', '助理研究员');
update researcher_profile set position_title = 'CHIEF_RESEARCHER' where lower(trim(position_title)) in ('chief researcher', 'главный научный сотрудник', 'бас ғылыми қызметкер');
update researcher_profile set position_title = 'LEADING_RESEARCHER' where lower(trim(position_title)) in ('leading researcher', 'ведущий научный сотрудник', 'жетекші ғылыми қызметкер');
update researcher_profile set position_title = 'SENIOR_RESEARCHER' where lower(trim(position_title)) in ('senior researcher', 'старший научный сотрудник', 'аға ғылыми қызметкер');
update researcher_profile set position_title = 'RESEARCHER' where lower(trim(position_title)) in ('researcher', 'научный сотрудник', 'ғылыми қызметкер');
update researcher_profile set position_title = 'JUNIOR_RESEARCHER' where lower(trim(position_title)) in ('junior researcher', 'младший научный сотрудник', 'кіші ғылыми қызметкер');
update researcher_profile set position_title = 'HEAD_OF_DEPARTMENT' where lower(trim(position_title)) in ('head of department', 'заведующий кафедрой', 'заведующая кафедрой', 'кафедра меңгерушісі', '系主任');
update researcher_profile set position_title = 'HEAD_OF_LABORATORY' where lower(trim(position_title)) in ('head of laboratory', 'заведующий лабораторией', 'заведующая лабораторией', 'зертхана меңгерушісі', '实验室主任');
update researcher_profile set position_title = 'POSTDOC' where lower(trim(position_title)) in ('postdoc', 'postdoctoral researcher', 'постдок', '博士后');
update researcher_profile set position_title = 'DOCTORAL_STUDENT' where lower(trim(position_title)) in ('phd student', 'doctoral student', 'phd докторант', 'докторант', '博士研究生', '博士生');
