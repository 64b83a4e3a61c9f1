package com.researchbridge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.matching.MatchingAdminService;
import com.researchbridge.matching.PartnerSuggestionService;
import java.time.Duration;
import java.util.HashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who the matcher has, or has not, put before the Chinese demo researcher: for tests where only visibility may decide. */
public final class Introductions {

    private Introductions() {
    }

    /**
     * A Kazakh researcher of the institution (of another Kazakh institution when earlier tests have introduced all of
     * its people: the matcher now also lists weak suggestions), open to collaboration and in no joint project, whom the matcher neither
     * suggests to nor proposed to the Chinese demo researcher (after a fresh index build). {@code newestFirst} picks
     * from the other end of the list, so that two tests can use different people.
     */
    public static String kazakhNotIntroduced(UserDetailsService users, MatchingAdminService matching,
                                             PartnerSuggestionService suggestions, JdbcTemplate jdbc,
                                             String institutionCode, boolean newestFirst) {
        var suggested = new HashSet<Long>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> assertThat(matching.rebuild()).succeedsWithin(Duration.ofMinutes(3)));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS,
                UiLanguage.EN).forEach(s -> suggested.add(s.partner().account().value())));
        assertThat(suggested).as("the matcher suggests partners").isNotEmpty();
        return jdbc.queryForList("""
                select a.email from user_account a join institution i on i.id = a.institution_id
                join researcher_profile p on p.account_id = a.id
                where p.country = 'KZ' and a.role = 'RESEARCHER' and p.open_to_collaboration
                  and not exists (select 1 from match_proposal m, user_account me where me.email = ?
                                  and ((m.account_low = a.id and m.account_high = me.id)
                                    or (m.account_high = a.id and m.account_low = me.id)))
                  and not exists (select 1 from joint_project j where j.initiator_account_id = a.id or j.partner_account_id = a.id)
                order by case when i.code = ? then 0 else 1 end, a.email""" + (newestFirst ? " desc" : ""), String.class,
                DemoAccounts.RESEARCHER_CN, institutionCode)
                .stream().filter(email -> !suggested.contains(ProjectPeople.accountOf(jdbc, email))).findFirst().orElseThrow();
    }
}
