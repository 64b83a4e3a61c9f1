package com.researchbridge.researcher.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.search.PartnerSearchService;
import com.researchbridge.search.SearchRequest;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A topic is part of its author's profile: whoever may not see the profile finds nothing of the topic — not
 * its page, not in the topic list, not in search results or counts, not by the author's name.
 */
@IntegrationTest
class TopicVisibilityTest {

    private static final String OFFICE_SAME_INSTITUTION = "office@satbayev.example";
    private static final String WORD = "ксилокварц";

    @Autowired
    TopicService topics;
    @Autowired
    PartnerSearchService search;
    @Autowired
    ResearcherProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String author() {
        return jdbc.queryForObject("select max(email) from user_account where email like '%@satbayev.example' and role = 'RESEARCHER'",
                String.class);
    }

    private String nameOf(String email) {
        return jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email);
    }

    private long postAs(String email) {
        long[] id = new long[1];
        RunAs.user(users, email, () -> id[0] = topics.post(new TopicForm("Ксилокварц в гранитах Тянь-Шаня",
                "Ищем партнёров для изучения ксилокварца в гранитах Тянь-Шаня.", "ru", TopicKind.JOINT_RESEARCH,
                ResearchField.EARTH_SCIENCES, List.of(WORD), null)));
        return id[0];
    }

    /** Everything a user could learn of the topic: its page, the list, search by text and by the author's name, counts. */
    private record Seen(boolean page, boolean listed, boolean foundByText, boolean foundByName, long counted, long total) {
        boolean nothing() {
            return !page && !listed && !foundByText && !foundByName && counted == 0 && total == 0;
        }

        boolean everything() {
            return page && listed && foundByText && foundByName && counted == 1 && total == 1;
        }
    }

    private Seen seenBy(String viewer, long id, String authorName) {
        Seen[] seen = new Seen[1];
        RunAs.user(users, viewer, () -> {
            var byText = search.topics(SearchRequest.of(WORD), 0, 50);
            seen[0] = new Seen(topics.find(id).isPresent(),
                    topics.browse(WORD, null, PageRequest.of(0, 50)).stream().anyMatch(t -> t.id() == id),
                    byText.items().stream().anyMatch(t -> t.id() == id),
                    search.topics(SearchRequest.of(authorName), 0, 50).items().stream().anyMatch(t -> t.id() == id),
                    search.count(SearchRequest.of(WORD)).topics(), byText.total());
        });
        return seen[0];
    }

    private void withVisibility(String email, ProfileVisibility visibility, Runnable check) {
        ProfileEdits.withVisibility(users, profiles, email, visibility, check);
    }

    @Test
    void aHiddenResearchersTopicIsSeenByNobodyButTheAuthor() {
        String author = author();
        String name = nameOf(author);
        long id = postAs(author);
        try {
            assertThat(seenBy(DemoAccounts.RESEARCHER_CN, id, name).everything()).as("before hiding").isTrue();
            withVisibility(author, ProfileVisibility.NOBODY, () -> {
                for (String viewer : List.of(DemoAccounts.RESEARCHER_CN, DemoAccounts.RESEARCHER_KZ, OFFICE_SAME_INSTITUTION,
                        DemoAccounts.OFFICE_TSINGHUA, DemoAccounts.ADMIN)) {
                    assertThat(seenBy(viewer, id, name)).as(viewer).matches(Seen::nothing, "nothing seen");
                }
                RunAs.user(users, author, () -> {
                    assertThat(topics.find(id)).isPresent();
                    assertThat(topics.mine()).extracting(TopicSummary::id).contains(id);
                });
            });
            assertThat(seenBy(DemoAccounts.RESEARCHER_CN, id, name).everything()).as("visible again").isTrue();
        } finally {
            jdbc.update("delete from topic_interest where topic_id = ?", id);
            jdbc.update("delete from collaboration_topic where id = ?", id);
            RunAs.user(users, author, () -> ProfileEdits.edit(profiles, f -> f)); // the search index forgets the topic
        }
    }

    @Test
    void aTopicOfAProfileShownOnlyToOfficesIsSeenByOfficesAndAdministratorsOnly() {
        String author = author();
        String name = nameOf(author);
        long id = postAs(author);
        try {
            withVisibility(author, ProfileVisibility.MATCHER_AND_OFFICES, () -> {
                for (String viewer : List.of(DemoAccounts.RESEARCHER_CN, DemoAccounts.RESEARCHER_KZ)) {
                    assertThat(seenBy(viewer, id, name)).as(viewer).matches(Seen::nothing, "nothing seen");
                }
                for (String viewer : List.of(OFFICE_SAME_INSTITUTION, DemoAccounts.OFFICE_TSINGHUA, DemoAccounts.ADMIN)) {
                    assertThat(seenBy(viewer, id, name)).as(viewer).matches(Seen::everything, "everything seen");
                }
            });
        } finally {
            jdbc.update("delete from topic_interest where topic_id = ?", id);
            jdbc.update("delete from collaboration_topic where id = ?", id);
            RunAs.user(users, author, () -> ProfileEdits.edit(profiles, f -> f)); // the search index forgets the topic
        }
    }
}
