package com.researchbridge.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.monitoring.Dashboard;
import com.researchbridge.monitoring.DashboardService;
import com.researchbridge.monitoring.MonitoringFilter;
import com.researchbridge.monitoring.OfficeDashboard;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.PostgresSchema;
import com.researchbridge.testsupport.RequiresPostgres;
import com.researchbridge.testsupport.RunAs;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The monitoring dashboards' SQL (medians, epochs, optional conditions) on the real PostgreSQL server. */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({"postgres", "demo"})
class PostgresMonitoringTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema("rb_monitoring_");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        SCHEMA.drop();
    }

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void everyFigureAndEveryFilterWorksOnPostgres() {
        long kaznu = jdbc.queryForObject("select id from institution where code = 'KZ-KAZNU'", Long.class);
        var all = new AtomicReference<Dashboard>();
        var filtered = new AtomicReference<Dashboard>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> {
            all.set(service.dashboard(MonitoringFilter.none()));
            filtered.set(service.dashboard(new MonitoringFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), "1",
                    Country.KZ, new InstitutionId(kaznu))));
        });
        assertThat(all.get().funnel().requests()).isPositive()
                .isEqualTo(jdbc.queryForObject("select count(*) from joint_project", Long.class));
        assertThat(all.get().outputs().stream().mapToLong(Dashboard.YearCount::count).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from project_output", Long.class));
        assertThat(all.get().funnel().daysToAgree()).isNotNull().isNotNegative();
        assertThat(all.get().institutionFlows()).isNotEmpty();
        assertThat(filtered.get().funnel().requests()).isLessThanOrEqualTo(all.get().funnel().requests());
        var office = new AtomicReference<OfficeDashboard>();
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> office.set(service.officeDashboard(MonitoringFilter.none())));
        assertThat(office.get().completeness().researchers()).isPositive();
        assertThat(office.get().dashboard().institutionFlows()).allSatisfy(f -> assertThat(f.kz().value()).isEqualTo(kaznu));
    }
}
