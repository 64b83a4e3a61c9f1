package com.researchbridge.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.security.ui.LoginView;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class AdminDashboardViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdminSeesFiguresForBothCountries() {
        navigate(AdminDashboardView.class);
        assertThat(viewText()).contains("Kazakhstan", "China", "Researchers", "Institutions");
        @SuppressWarnings("unchecked")
        TreeGrid<Object> byField = find(TreeGrid.class).id("dashboard-fields");
        assertThat(byField.getTreeData().getRootItems()).hasSize(6);
        var rows = test(byField);
        assertThat(rows.size()).isEqualTo(6 + 42);
        assertThat(byField.getTreeData().getRootItems()).allSatisfy(area ->
                assertThat(byField.getTreeData().getChildren(area)).isNotEmpty());
        long kazakhstan = Long.parseLong(rows.getCellText(0, 1).replaceAll("\\D", ""));
        long firstSix = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToLong(i -> Long.parseLong(rows.getCellText(i, 1).replaceAll("\\D", ""))).sum();
        assertThat(kazakhstan).isPositive().isEqualTo(firstSix);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAreaChartShowsBothCountriesScaledToTheLargestBar() {
        navigateInLocale(UiLanguage.KK.locale(), AdminDashboardView.class);
        var chart = find(com.researchbridge.base.ui.BarChart.class).id("dashboard-areas");
        var lines = chart.getElement().getChildren()
                .flatMap(c -> c.getChildren()).filter(e -> e.getClassList().contains("rb-bar-line")).toList();
        assertThat(lines).hasSize(6 * 2);
        var labels = lines.stream().map(e -> e.getAttribute("aria-label")).toList();
        assertThat(labels).anyMatch(l -> l.startsWith("Жаратылыстану ғылымдары, Қазақстан: "));
        long kazakhstan = lines.stream().filter(e -> e.getAttribute("aria-label").contains(", Қазақстан: "))
                .mapToLong(e -> Long.parseLong(e.getAttribute("aria-label").replaceAll(".*: ", "").replaceAll("\\D", ""))).sum();
        assertThat(kazakhstan).isEqualTo(150);
        var widths = lines.stream().map(e -> e.getChild(0).getStyle().get("width")).toList();
        assertThat(widths).contains("100.00%").allMatch(w -> w.endsWith("%"));
        assertThat(find(com.researchbridge.base.ui.BarChart.class).id("dashboard-outputs").getElement().getTextRecursively())
                .contains("Бірлескен жарияланым");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theInstitutionsWithTheMostJointProjectsComeFirst() {
        navigate(AdminDashboardView.class);
        var chart = find(com.researchbridge.base.ui.BarChart.class).id("dashboard-institutions");
        var counts = chart.getElement().getChildren().flatMap(c -> c.getChildren())
                .filter(e -> e.getClassList().contains("rb-bar-line"))
                .map(e -> Long.parseLong(e.getAttribute("aria-label").replaceAll(".*: ", "").replaceAll("\\D", ""))).toList();
        assertThat(counts).isNotEmpty().hasSizeLessThanOrEqualTo(10).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long most = jdbc.queryForObject("""
                select max(c) from (select i, count(*) c from (
                    select initiator_institution_id i from joint_project
                    union all select partner_institution_id i from joint_project) t group by i) u""", Long.class);
        assertThat(counts.getFirst()).isEqualTo(most);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theDashboardSpeaksChinese() {
        navigateInLocale(UiLanguage.ZH.locale(), AdminDashboardView.class);
        assertThat(viewText()).contains("哈萨克斯坦", "中国");
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void aResearchOfficeIsRefused() {
        assertRefused("admin");
        assertThat(viewText()).doesNotContain("Researchers by field");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherIsRefused() {
        assertRefused("admin");
    }

    @Test
    @WithAnonymousUser
    void aVisitorIsSentToLogIn() {
        navigate("admin", LoginView.class);
    }
}
