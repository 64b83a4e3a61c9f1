package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.security.ui.LoginView;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class TopicViewsTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.researcher.topic.TopicService topics;
    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.researcher.topic.TopicPartnerFinder partners;
    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.researcher.ResearcherProfileService profiles;
    @org.springframework.beans.factory.annotation.Autowired
    com.researchbridge.matching.MatchingAdminService matching;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    @SuppressWarnings("unchecked")
    void aResearcherPostsATopicThatAppearsInTheListAndOpens() {
        navigate(TopicsView.class);
        test(find(Button.class).id("topic-post")).click();
        test(find(TextField.class).id("topic-title")).setValue("Мұздық ағындысын бірлесіп бақылау");
        test(find(TextArea.class).id("topic-description")).setValue("Іле Алатауы мұздықтарының ағындысын қытайлық әріптестермен бірге бақылағымыз келеді.");
        Select<Object> kind = find(Select.class).id("topic-kind");
        kind.setValue(com.researchbridge.researcher.topic.TopicKind.JOINT_RESEARCH);
        test(find(Button.class).id("topic-submit")).click();

        Grid<TopicSummary> grid = find(Grid.class).id("topics");
        var posted = test(grid).getRow(0);
        assertThat(posted.title()).isEqualTo("Мұздық ағындысын бірлесіп бақылау");
        assertThat(posted.descriptionLanguage()).isEqualTo("kk");
        navigate(TopicView.class, posted.id());
        assertThat(find(H2.class).single().getText()).isEqualTo("Мұздық ағындысын бірлесіп бақылау");
        assertThat(find(Button.class).withId("topic-interest").exists()).as("no interest button on one's own topic").isFalse();
        var proposals = find(Button.class).withClassName("rb-request").all();
        assertThat(proposals).as("the author can propose a project to each fitting partner").isNotEmpty();
        test(proposals.getFirst()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NewProjectView");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void anotherResearcherSaysTheyAreInterestedAndSeesFittingPartners() {
        // A topic of a Kazakh researcher, stored directly as test data.
        jdbc.update("""
                insert into collaboration_topic (account_id, title, description, description_lang, kind, keywords, created_at)
                select id, 'Шұбат микробиотасы', 'Түйе сүтінен жасалған шұбаттың сүт қышқылы бактерияларын бірге зерттеуге серіктес іздейміз.',
                       'kk', 'JOINT_RESEARCH', 'шұбат', current_timestamp from user_account where email = ?""", DemoAccounts.RESEARCHER_KZ);
        long id = jdbc.queryForObject("select max(id) from collaboration_topic", Long.class);
        navigateInLocale(java.util.Locale.ENGLISH, TopicView.class, id);
        test(find(Button.class).id("topic-interest")).click();
        assertThat(find(Paragraph.class).id("topic-interested").getText()).isEqualTo("Researchers interested: 1");
        assertThat(find(Button.class).id("topic-interest").isEnabled()).isFalse();
        assertThat(viewText()).contains("Researchers from the other country who fit this topic");
        assertThat(find(Button.class).id("topic-propose").getText()).isEqualTo("Propose a joint project to the author");
        assertThat(find(Button.class).withClassName("rb-request").exists())
                .as("partners of one's own country get no proposal button").isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void postingWithoutTitleShowsTheProblem() {
        navigate(TopicsView.class);
        test(find(Button.class).id("topic-post")).click();
        test(find(Button.class).id("topic-submit")).click();
        assertThat(find(TextField.class).id("topic-title").isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    @SuppressWarnings("unchecked")
    void aHiddenResearchersTopicIsRefusedLikeAMissingOneAndNotListed() {
        String email = jdbc.queryForObject("select min(email) from user_account where email like '%@kaznu.example' and role = 'RESEARCHER' and email <> ?",
                String.class, DemoAccounts.RESEARCHER_KZ);
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email);
        jdbc.update("""
                insert into collaboration_topic (account_id, title, description, description_lang, kind, keywords, created_at)
                select id, 'Жасырын тақырып', 'Жасырын зерттеушінің тақырыбы.', 'kk', 'JOINT_RESEARCH', 'жасырын', current_timestamp
                from user_account where email = ?""", email);
        long id = jdbc.queryForObject("select max(id) from collaboration_topic", Long.class);
        jdbc.update("update researcher_profile set visibility = 'NOBODY' where account_id = (select id from user_account where email = ?)", email);
        try {
            navigate("topic/" + (id + 1_000_000), com.vaadin.flow.component.Component.class);
            String missing = viewText();
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
            navigate("topic/" + id, com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
            assertThat(viewText()).isEqualTo(missing).doesNotContain(name);

            navigate(TopicsView.class);
            test(find(TextField.class).first()).setValue("Жасырын");
            Grid<TopicSummary> grid = find(Grid.class).id("topics");
            assertThat(test(grid).size()).isZero();
        } finally {
            jdbc.update("update researcher_profile set visibility = 'SIGNED_IN' where account_id = (select id from user_account where email = ?)", email);
            jdbc.update("delete from collaboration_topic where id = ?", id);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void partnerCardsShowOnlyResearchersTheReaderMaySee() {
        RunAs.user(users, DemoAccounts.ADMIN, () -> org.assertj.core.api.Assertions.assertThat(matching.rebuild())
                .succeedsWithin(java.time.Duration.ofMinutes(3)));
        jdbc.update("""
                insert into collaboration_topic (account_id, title, description, description_lang, kind, keywords, created_at)
                select id, 'Inverse problems for parabolic equations',
                       'We look for partners to work on inverse coefficient problems for parabolic equations, conditional stability and regularisation.',
                       'en', 'JOINT_RESEARCH', 'inverse problems', current_timestamp from user_account where email = ?""",
                DemoAccounts.RESEARCHER_KZ);
        long id = jdbc.queryForObject("select max(id) from collaboration_topic", Long.class);
        var topic = new TopicSummary[1];
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> topic[0] = topics.find(id).orElseThrow());
        var fits = partners.partnersFor(topic[0], "KZ", "en", 8);
        assertThat(fits).isNotEmpty();
        long partner = fits.getFirst().researcher().value();
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, partner);
        String name = jdbc.queryForObject("select full_name from user_account where id = ?", String.class, partner);
        navigate(TopicView.class, id);
        assertThat(viewText()).as("a partner every signed-in user may see").contains(name);
        RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        try {
            navigate("login", com.vaadin.flow.component.Component.class);
            navigate(TopicView.class, id);
            assertThat(viewText()).as("a partner shown to offices only").doesNotContain(name);
        } finally {
            RunAs.user(users, email, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.SIGNED_IN)));
            jdbc.update("delete from collaboration_topic where id = ?", id);
        }
    }

    @Test
    @WithAnonymousUser
    void visitorsAreSentToLogIn() {
        navigate("topics", LoginView.class);
    }
}
