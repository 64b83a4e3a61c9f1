package com.researchbridge.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.base.ui.KeyTopicLine;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A project's plan read by both sides: its key topics in each reader's language (issue 12, item 7). */
class ReadingAcrossProjectPageTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The demo's dust aerosol project of Lanzhou University and KazNU, written in Chinese and English. */
    private long dustProject() {
        return jdbc.queryForObject("select min(id) from joint_project where title like '%dust aerosols%'", Long.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void theKazakhOfficeReadsAChinesePlansKeyTopicsInKazakh() {
        navigateInLocale(UiLanguage.KK.locale(), ProjectView.class, dustProject());
        var line = find(KeyTopicLine.class).id("project-key-topics");
        assertThat(text(line)).startsWith("Негізгі тақырыптар:");
        assertThat(find(Span.class, line).withClassName("rb-key-topic").all()).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(l -> l.getText().matches(".*\\p{IsCyrillic}.*") || l.getText().contains("(ағылшынша)"));
    }

    @Test
    @WithUserDetails("office@lzu.example")
    void theChineseOfficeReadsThePlansKeyTopicsInChinese() {
        navigateInLocale(UiLanguage.ZH.locale(), ProjectView.class, dustProject());
        var line = find(KeyTopicLine.class).id("project-key-topics");
        assertThat(text(line)).startsWith("关键主题：");
        assertThat(find(Span.class, line).withClassName("rb-key-topic").all()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void someoneOutsideTheProjectStillCannotOpenIt() {
        assertRefused("project/" + dustProject());
    }
}
