package com.researchbridge.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/** Picks demo researchers for project tests who are in no project yet, so that tests sharing the database do not meet. */
public final class ProjectPeople {

    private ProjectPeople() {
    }

    /** E-mail of a researcher of the institution (by code) who is open to collaboration and in no project. */
    public static String freeResearcherOf(JdbcTemplate jdbc, String institutionCode) {
        return jdbc.queryForObject("""
                select min(a.email) from user_account a
                join institution i on i.id = a.institution_id
                join researcher_profile p on p.account_id = a.id
                where i.code = ? and a.role = 'RESEARCHER' and a.enabled
                  and p.open_to_collaboration and p.visibility <> 'NOBODY'
                  and not exists (select 1 from joint_project j
                                  where j.initiator_account_id = a.id or j.partner_account_id = a.id)""",
                String.class, institutionCode);
    }

    public static long accountOf(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
