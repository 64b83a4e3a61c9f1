package com.researchbridge.researcher.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.researcher.ResearchField;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class TopicServiceTest {

    @Autowired
    TopicService topics;
    @Autowired
    TopicPartnerFinder partners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private static TopicForm glacierTopic() {
        return new TopicForm("天山冰川径流联合观测", "寻找哈萨克斯坦合作伙伴，共同开展天山冰川物质平衡与冰川径流的联合观测和模拟。", "zh",
                TopicKind.JOINT_RESEARCH, ResearchField.EARTH_SCIENCES, List.of("冰川径流", "冰川物质平衡"), LocalDate.now().plusMonths(3));
    }

    @Test
    void aTopicIsPostedBrowsedAndFindsPartnersFromTheOtherCountry() {
        long[] id = new long[1];
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> id[0] = topics.post(glacierTopic()));
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> {
            assertThat(topics.browse("冰川", null, Pageable.ofSize(10)).getContent()).extracting(TopicSummary::id).contains(id[0]);
            topics.expressInterest(id[0]);
            topics.expressInterest(id[0]);
            var topic = topics.find(id[0]).orElseThrow();
            assertThat(topic.interested()).isEqualTo(1);
            assertThat(topic.interestedByMe()).isTrue();
            var fits = partners.partnersFor(topic, "CN", "kk", 5);
            assertThat(fits).isNotEmpty();
            String best = jdbc.queryForObject("select s.body from researcher_summary s join researcher_profile p on p.id = s.profile_id"
                    + " where p.account_id = ? and s.list_index = 0", String.class,
                    fits.getFirst().researcher().value());
            assertThat(best.toLowerCase(java.util.Locale.ROOT)).containsAnyOf("мұздық", "ледник", "glacier");
            assertThat(jdbc.queryForObject("select country from researcher_profile where account_id = ?", String.class,
                    fits.getFirst().researcher().value())).isEqualTo("KZ");
        });
    }

    @Test
    void anIncompleteOrClosedTopicIsRefusedAndNothingStored() {
        long before = jdbc.queryForObject("select count(*) from collaboration_topic", Long.class);
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> assertThatThrownBy(() -> topics.post(
                new TopicForm(" ", "", "xx", null, null, List.of(), LocalDate.now().minusDays(1))))
                .isInstanceOfSatisfying(TopicRejected.class, e -> assertThat(e.problems()).extracting(TopicRejected.Problem::field)
                        .containsExactlyInAnyOrder(TopicRejected.Field.TITLE, TopicRejected.Field.DESCRIPTION,
                                TopicRejected.Field.LANGUAGE, TopicRejected.Field.KIND, TopicRejected.Field.CLOSES_ON)));
        assertThat(jdbc.queryForObject("select count(*) from collaboration_topic", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyResearchersPostTopics() {
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () ->
                assertThatThrownBy(() -> topics.post(glacierTopic())).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void noUserPostsATopicInSomeoneElsesName() {
        long before = jdbc.queryForObject("select count(*) from collaboration_topic", Long.class);
        var someoneElse = new com.researchbridge.base.AccountId(jdbc.queryForObject(
                "select id from user_account where email = ?", Long.class, DemoAccounts.RESEARCHER_CN));
        for (String user : List.of(DemoAccounts.RESEARCHER_KZ, DemoAccounts.OFFICE_KAZNU, DemoAccounts.ADMIN)) {
            RunAs.user(users, user, () -> assertThatThrownBy(() -> topics.postFor(someoneElse, glacierTopic()))
                    .isInstanceOf(AccessDeniedException.class));
        }
        assertThat(jdbc.queryForObject("select count(*) from collaboration_topic", Long.class)).isEqualTo(before);
    }
}
