package com.researchbridge.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.security.ui.LoginView;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class MonitoringViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAdministratorSeesEveryChartWithItsTableInKazakh() {
        navigateInLocale(UiLanguage.KK.locale(), AdminMonitoringView.class);
        for (String id : new String[] {"monitoring-steps-chart", "monitoring-outputs-chart", "monitoring-funnel-chart",
            "monitoring-flows-chart", "monitoring-field-flows-chart", "monitoring-researchers-chart"}) {
            var chart = find(EChart.class).id(id);
            assertThat(chart.optionJson()).as(id).startsWith("{").contains("\"series\"");
        }
        assertThat(find(EChart.class).id("monitoring-funnel-chart").optionJson()).contains("Екі бөлім де мақұлдады");
        assertThat(find(EChart.class).id("monitoring-flows-chart").optionJson()).contains("Әл-Фараби атындағы Қазақ ұлттық университеті");
        assertThat(find(EChart.class).id("monitoring-steps-chart").getElement().getAttribute("lang")).isEqualTo("kk");
        assertThat(viewText()).contains("Ұсыныстан нәтижеге дейін", "Байланысуға тұрарлық зерттеушілер");
        @SuppressWarnings("unchecked")
        Grid<Object> actionable = find(Grid.class).id("monitoring-actionable-table");
        assertThat(test(actionable).getCellText(0, 0)).isEqualTo("Іріктелген, бірақ ешқашан байланыспаған");
        @SuppressWarnings("unchecked")
        Grid<Object> flows = find(Grid.class).id("monitoring-flows-table");
        long agreed = jdbc.queryForObject("select count(distinct project_id) from joint_project_event where action = 'ACCEPT'", Long.class);
        var rows = test(flows);
        long sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            sum += Long.parseLong(rows.getCellText(r, 2).replaceAll("\\D", ""));
        }
        assertThat(sum).isEqualTo(agreed);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void aPeriodEndingBeforeItStartsIsExplainedInChineseAndNothingIsDrawn() {
        navigateInLocale(UiLanguage.ZH.locale(), AdminMonitoringView.class);
        test(find(DatePicker.class).id("monitoring-from")).setValue(LocalDate.of(2026, 6, 1));
        test(find(DatePicker.class).id("monitoring-to")).setValue(LocalDate.of(2026, 1, 1));
        test(find(Button.class).id("monitoring-apply")).click();
        var error = find(Span.class).id("monitoring-filter-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("时间段的结束日期早于开始日期。请选择不早于开始日期的结束日期。");
        assertThat(find(EChart.class).all()).isEmpty();
        // Fixing the period draws the charts again.
        test(find(DatePicker.class).id("monitoring-to")).setValue(LocalDate.of(2026, 12, 31));
        test(find(Button.class).id("monitoring-apply")).click();
        assertThat(error.isVisible()).isFalse();
        assertThat(find(EChart.class).all()).hasSize(6);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void anOfficeSeesItsPendingDecisionsAndOnlyItsOwnFlows() {
        navigateInLocale(UiLanguage.KK.locale(), OfficeMonitoringView.class);
        assertThat(viewText()).contains("Біздің шешімімізді күтуде", "Толық емес профильдер");
        var flows = find(EChart.class).id("monitoring-flows-chart").optionJson();
        assertThat(flows).contains("Әл-Фараби").doesNotContain("Назарбаев");
        assertThat(find(com.vaadin.flow.component.combobox.ComboBox.class).all())
                .noneMatch(c -> "monitoring-institution".equals(c.getId().orElse("")));
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_KAZNU)
    void anOfficeMayNotOpenTheAdministratorsMonitoring() {
        assertRefused("admin/monitoring");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aResearcherMayOpenNeither() {
        assertRefused("admin/monitoring");
        assertRefused("office/monitoring");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAdministratorHasNoOfficeDashboard() {
        assertRefused("office/monitoring");
    }

    @Test
    @WithAnonymousUser
    void aVisitorIsSentToLogIn() {
        navigate("admin/monitoring", LoginView.class);
        navigate("office/monitoring", LoginView.class);
    }
}
