package com.researchbridge.security.matrix;

import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.testsupport.DemoAccounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The six kinds of user the matrix acts as. The two researchers are the two sides of a demo joint project
 * (Lanzhou University and al-Farabi KazNU), so that "one's own project" exists without creating one; the
 * involved office is KazNU's, the uninvolved one Tsinghua's, which takes part in none of the sample projects.
 */
enum MatrixUser {
    ANONYMOUS(null, Who.ANONYMOUS, null, null),
    RESEARCHER_KZ("bakhytzhan.abdikarim@kaznu.example", Who.RESEARCHER, Country.KZ, "KZ-KAZNU"),
    RESEARCHER_CN("yong.zhou@lzu.example", Who.RESEARCHER, Country.CN, "CN-LZU"),
    OFFICE_INVOLVED(DemoAccounts.OFFICE_KAZNU, Who.RESEARCH_OFFICE, Country.KZ, "KZ-KAZNU"),
    OFFICE_UNINVOLVED(DemoAccounts.OFFICE_TSINGHUA, Who.RESEARCH_OFFICE, Country.CN, "CN-TSINGHUA"),
    ADMIN(DemoAccounts.ADMIN, Who.ADMIN, null, null);

    final String email;
    final Who who;
    final Country country;
    final String institutionCode;

    MatrixUser(String email, Who who, Country country, String institutionCode) {
        this.email = email;
        this.who = who;
        this.country = country;
        this.institutionCode = institutionCode;
    }

    boolean isAnyOf(Who... kinds) {
        return java.util.Arrays.asList(kinds).contains(who);
    }

    /** Signs this user in on the current thread, as the log-in would (anonymous visitors get Spring's anonymous token). */
    void signIn(UserDetailsService users) {
        var context = SecurityContextHolder.createEmptyContext();
        if (email == null) {
            context.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            var details = users.loadUserByUsername(email);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
    }

    /** A short column heading for the printed matrix. */
    String column() {
        return switch (this) {
            case ANONYMOUS -> "anon";
            case RESEARCHER_KZ -> "r-KZ";
            case RESEARCHER_CN -> "r-CN";
            case OFFICE_INVOLVED -> "off+";
            case OFFICE_UNINVOLVED -> "off-";
            case ADMIN -> "admin";
        };
    }
}
