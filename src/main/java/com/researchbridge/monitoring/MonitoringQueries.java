package com.researchbridge.monitoring;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.monitoring.Dashboard.FieldCount;
import com.researchbridge.monitoring.Dashboard.FieldFlow;
import com.researchbridge.monitoring.Dashboard.Funnel;
import com.researchbridge.monitoring.Dashboard.InstitutionFlow;
import com.researchbridge.monitoring.Dashboard.MonthCount;
import com.researchbridge.monitoring.Dashboard.Step;
import com.researchbridge.monitoring.Dashboard.YearCount;
import com.researchbridge.monitoring.OfficeDashboard.Completeness;
import com.researchbridge.monitoring.OfficeDashboard.ProfileGaps;
import com.researchbridge.project.OutputKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards' figures, each computed by one aggregating SQL statement (GROUP BY, COUNT, PERCENTILE_CONT): no
 * statement returns more rows than the chart has points, whatever the number of projects. This is a read model
 * over the tables of the project, matching and researcher modules (docs/decisions.md: monitoring reads their tables
 * and never writes them). Portable SQL, tested on H2 and PostgreSQL.
 *
 * <p>Conditions are appended only for the parts of the filter that are set, so that no statement compares an
 * untyped {@code null} parameter (PostgreSQL refuses those).
 */
@Component
class MonitoringQueries {

    private final NamedParameterJdbcTemplate jdbc;

    MonitoringQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Conditions on a joint project {@code p} for the filter; the period is the caller's. */
    private static String projectConditions(MonitoringFilter f, MapSqlParameterSource params) {
        var sql = new StringBuilder();
        if (f.institution() != null) {
            sql.append(" and (p.initiator_institution_id = :institution or p.partner_institution_id = :institution)");
            params.addValue("institution", f.institution().value());
        }
        if (f.country() != null) {
            sql.append(" and exists (select 1 from institution ci where ci.id = p.initiator_institution_id and ci.country = :country)");
            params.addValue("country", f.country().name());
        }
        if (f.field() != null) {
            sql.append(" and exists (select 1 from researcher_profile fp join researcher_field ff on ff.profile_id = fp.id")
                    .append(" and ff.list_index = 0 where fp.account_id in (p.initiator_account_id, p.partner_account_id)")
                    .append(" and ").append(fieldCondition("ff.field_code", f, params)).append(')');
        }
        return sql.toString();
    }

    private static String fieldCondition(String column, MonitoringFilter f, MapSqlParameterSource params) {
        if (f.field().contains(".")) {
            params.addValue("field", f.field());
            return column + " = :field";
        }
        params.addValue("fieldPrefix", f.field() + ".%");
        return column + " like :fieldPrefix";
    }

    private static String period(String column, MonitoringFilter f, MapSqlParameterSource params) {
        var sql = new StringBuilder();
        if (f.from() != null) {
            sql.append(" and ").append(column).append(" >= :fromTime");
            params.addValue("fromTime", f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            sql.append(" and ").append(column).append(" < :toTime");
            params.addValue("toTime", f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return sql.toString();
    }

    private static String datePeriod(String column, MonitoringFilter f, MapSqlParameterSource params) {
        var sql = new StringBuilder();
        if (f.from() != null) {
            sql.append(" and ").append(column).append(" >= :fromDate");
            params.addValue("fromDate", f.from());
        }
        if (f.to() != null) {
            sql.append(" and ").append(column).append(" <= :toDate");
            params.addValue("toDate", f.to());
        }
        return sql.toString();
    }

    /** Requests, approvals by both offices, starts and completions per calendar month (UTC). */
    List<MonthCount> projectSteps(MonitoringFilter f) {
        var params = new MapSqlParameterSource();
        String sql = """
                select y, m, action, count(*) as n from (
                  select extract(year from e.occurred_at) as y, extract(month from e.occurred_at) as m, e.action as action
                  from joint_project_event e join joint_project p on p.id = e.project_id
                  where (e.action in ('PROPOSE', 'START', 'COMPLETE') or (e.action = 'APPROVE' and e.to_status = 'APPROVED'))
                """ + projectConditions(f, params) + period("e.occurred_at", f, params) + """
                ) s group by y, m, action order by y, m""";
        return jdbc.query(sql, params, (rs, i) -> new MonthCount(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                switch (rs.getString("action")) {
                    case "PROPOSE" -> Step.REQUESTED;
                    case "APPROVE" -> Step.APPROVED;
                    case "START" -> Step.STARTED;
                    default -> Step.COMPLETED;
                }, rs.getLong("n")));
    }

    /** Outputs per year of their date and kind. */
    List<YearCount> outputsPerYear(MonitoringFilter f) {
        var params = new MapSqlParameterSource();
        String sql = """
                select y, kind, count(*) as n from (
                  select extract(year from o.occurred_on) as y, o.kind as kind
                  from project_output o join joint_project p on p.id = o.project_id where 1 = 1
                """ + projectConditions(f, params) + datePeriod("o.occurred_on", f, params) + """
                ) s group by y, kind order by y, kind""";
        return jdbc.query(sql, params, (rs, i) -> new YearCount(rs.getInt("y"), OutputKind.valueOf(rs.getString("kind")),
                rs.getLong("n")));
    }

    Funnel funnel(MonitoringFilter f) {
        var proposalParams = new MapSqlParameterSource();
        var proposalSql = new StringBuilder("""
                select sum(case when mp.status = 'DISMISSED' then 1 else 0 end) as dismissed,
                       sum(case when mp.status = 'TAKEN_UP' then 1 else 0 end) as taken_up, count(*) as n
                from match_proposal mp where 1 = 1""");
        if (f.institution() != null) {
            proposalSql.append(" and exists (select 1 from user_account ua where ua.id in (mp.account_low, mp.account_high)")
                    .append(" and ua.institution_id = :institution)");
            proposalParams.addValue("institution", f.institution().value());
        }
        if (f.field() != null) {
            proposalSql.append(" and exists (select 1 from researcher_profile fp join researcher_field ff on ff.profile_id = fp.id")
                    .append(" and ff.list_index = 0 where fp.account_id in (mp.account_low, mp.account_high) and ")
                    .append(fieldCondition("ff.field_code", f, proposalParams)).append(')');
        }
        proposalSql.append(period("mp.created_at", f, proposalParams));
        long[] proposals = jdbc.queryForObject(proposalSql.toString(), proposalParams,
                (rs, i) -> new long[] {rs.getLong("n"), rs.getLong("dismissed"), rs.getLong("taken_up")});

        var params = new MapSqlParameterSource();
        String sql = """
                with steps as (
                  select p.id as id, p.created_at as requested,
                         min(case when e.action = 'ACCEPT' then e.occurred_at end) as agreed,
                         min(case when e.action = 'SUBMIT' then e.occurred_at end) as submitted,
                         min(case when e.action = 'APPROVE' and e.to_status = 'APPROVED' then e.occurred_at end) as approved,
                         min(case when e.action = 'START' then e.occurred_at end) as started,
                         min(case when e.action = 'COMPLETE' then e.occurred_at end) as completed
                  from joint_project p left join joint_project_event e on e.project_id = p.id
                  where 1 = 1""" + projectConditions(f, params) + period("p.created_at", f, params) + """

                  group by p.id, p.created_at
                )
                select count(*) as requests, count(agreed) as agreed, count(submitted) as submitted,
                       count(approved) as approved, count(started) as started,
                       sum(case when completed is not null and exists (select 1 from project_output o where o.project_id = steps.id)
                           then 1 else 0 end) as completed_with_output,
                       percentile_cont(0.5) within group (order by extract(epoch from (agreed - requested)) / 86400.0) as d_agree,
                       percentile_cont(0.5) within group (order by extract(epoch from (submitted - agreed)) / 86400.0) as d_submit,
                       percentile_cont(0.5) within group (order by extract(epoch from (approved - submitted)) / 86400.0) as d_decide,
                       percentile_cont(0.5) within group (order by extract(epoch from (started - approved)) / 86400.0) as d_start,
                       percentile_cont(0.5) within group (order by extract(epoch from (completed - started)) / 86400.0) as d_complete
                from steps""";
        return jdbc.queryForObject(sql, params, (rs, i) -> new Funnel(proposals[0], proposals[1], proposals[2],
                rs.getLong("requests"), rs.getLong("agreed"), rs.getLong("submitted"), rs.getLong("approved"),
                rs.getLong("started"), rs.getLong("completed_with_output"), days(rs, "d_agree"), days(rs, "d_submit"),
                days(rs, "d_decide"), days(rs, "d_start"), days(rs, "d_complete")));
    }

    private static Double days(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** The sides of a joint project: which of its researchers and institutions is the Kazakh one. */
    private static final String SIDES = """
            from joint_project p join institution ii on ii.id = p.initiator_institution_id
            where exists (select 1 from joint_project_event a where a.project_id = p.id and a.action = 'ACCEPT')""";

    List<InstitutionFlow> institutionFlows(MonitoringFilter f) {
        var params = new MapSqlParameterSource();
        String sql = """
                select kz, cn, count(*) as n from (
                  select case when ii.country = 'KZ' then p.initiator_institution_id else p.partner_institution_id end as kz,
                         case when ii.country = 'KZ' then p.partner_institution_id else p.initiator_institution_id end as cn
                """ + SIDES + projectConditions(f, params) + period("p.created_at", f, params) + """
                ) s group by kz, cn order by n desc, kz, cn""";
        return jdbc.query(sql, params, (rs, i) -> new InstitutionFlow(new InstitutionId(rs.getLong("kz")),
                new InstitutionId(rs.getLong("cn")), rs.getLong("n")));
    }

    List<FieldFlow> fieldFlows(MonitoringFilter f) {
        var params = new MapSqlParameterSource();
        String mainField = "(select mf.field_code from researcher_profile mr join researcher_field mf on mf.profile_id = mr.id"
                + " and mf.list_index = 0 where mr.account_id = %s)";
        String sql = "select kz, cn, count(*) as n from (select "
                + mainField.formatted("case when ii.country = 'KZ' then p.initiator_account_id else p.partner_account_id end")
                + " as kz, "
                + mainField.formatted("case when ii.country = 'KZ' then p.partner_account_id else p.initiator_account_id end")
                + " as cn " + SIDES + projectConditions(f, params) + period("p.created_at", f, params)
                + ") s group by kz, cn order by n desc, kz, cn";
        return jdbc.query(sql, params, (rs, i) -> new FieldFlow(rs.getString("kz"), rs.getString("cn"), rs.getLong("n")));
    }

    /** Conditions on a researcher profile {@code r}; {@code hidingHidden}: leave out profiles hidden from everyone. */
    private static String researcherConditions(MonitoringFilter f, boolean hidingHidden, MapSqlParameterSource params) {
        var sql = new StringBuilder();
        if (hidingHidden) {
            sql.append(" and r.visibility <> 'NOBODY'");
        }
        if (f.institution() != null) {
            sql.append(" and r.institution_id = :institution");
            params.addValue("institution", f.institution().value());
        }
        if (f.country() != null) {
            sql.append(" and r.country = :country");
            params.addValue("country", f.country().name());
        }
        if (f.field() != null) {
            sql.append(" and exists (select 1 from researcher_field ff where ff.profile_id = r.id and ff.list_index = 0 and ")
                    .append(fieldCondition("ff.field_code", f, params)).append(')');
        }
        return sql.toString();
    }

    List<FieldCount> researchersByField(MonitoringFilter f, boolean hidingHidden) {
        var params = new MapSqlParameterSource();
        String sql = """
                select field, country, count(*) as n from (
                  select (select rf.field_code from researcher_field rf where rf.profile_id = r.id and rf.list_index = 0) as field,
                         r.country as country
                  from researcher_profile r where 1 = 1""" + researcherConditions(f, hidingHidden, params) + """
                ) s group by field, country order by field, country""";
        return jdbc.query(sql, params, (rs, i) -> new FieldCount(rs.getString("field"),
                Country.valueOf(rs.getString("country")), rs.getLong("n")));
    }

    private static final String NO_PROJECT = """
             and not exists (select 1 from joint_project np where np.initiator_account_id = r.account_id)
             and not exists (select 1 from joint_project np where np.partner_account_id = r.account_id)""";
    private static final String PROPOSED_BY_MATCHER = """
            (exists (select 1 from match_proposal mp where mp.account_low = r.account_id)
             or exists (select 1 from match_proposal mp where mp.account_high = r.account_id))""";

    /** Researchers the matcher proposed a partner to who have no joint project at all (not even a request). */
    long matchedNeverContacted(MonitoringFilter f, boolean hidingHidden) {
        var params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from researcher_profile r where " + PROPOSED_BY_MATCHER
                + NO_PROJECT + researcherConditions(f, hidingHidden, params), params, Long.class);
    }

    /** Researchers open to collaboration whom neither the matcher nor anybody proposed anything. */
    long openWithoutProposal(MonitoringFilter f, boolean hidingHidden) {
        var params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from researcher_profile r where r.open_to_collaboration = true and not "
                + PROPOSED_BY_MATCHER + NO_PROJECT + researcherConditions(f, hidingHidden, params), params, Long.class);
    }

    /** Projects waiting for this institution's office, oldest first (at most {@code limit}). */
    List<Object[]> pendingDecisions(InstitutionId institution, int limit) {
        var params = new MapSqlParameterSource("institution", institution.value()).addValue("limit", limit);
        String sql = """
                select p.id as id, p.title as title, p.initiator_name as initiator, p.partner_name as partner,
                       max(e.occurred_at) as submitted
                from joint_project p left join joint_project_event e on e.project_id = p.id and e.action = 'SUBMIT'
                where p.status = 'IN_REVIEW'
                  and ((p.initiator_institution_id = :institution and p.initiator_review = 'PENDING')
                    or (p.partner_institution_id = :institution and p.partner_review = 'PENDING'))
                group by p.id, p.title, p.initiator_name, p.partner_name
                order by submitted, p.id
                fetch first :limit rows only""";
        return jdbc.query(sql, params, (rs, i) -> new Object[] {rs.getLong("id"), rs.getString("title"),
                rs.getString("initiator"), rs.getString("partner"), rs.getObject("submitted", OffsetDateTime.class)});
    }

    private static final String PROFILE_PARTS = """
            select r.account_id as account_id, r.full_name as name,
                   (select count(*) from researcher_summary s where s.profile_id = r.id) as summaries,
                   (select count(*) from researcher_summary s where s.profile_id = r.id and s.lang_code = 'en') as english,
                   (select count(*) from publication pub where pub.account_id = r.account_id) as publications,
                   (select count(*) from researcher_field rf where rf.profile_id = r.id) as fields
            from researcher_profile r where r.institution_id = :institution and r.visibility <> 'NOBODY'""";

    Completeness completeness(InstitutionId institution) {
        var params = new MapSqlParameterSource("institution", institution.value());
        return jdbc.queryForObject("""
                select count(*) as n, sum(case when summaries = 0 then 1 else 0 end) as no_summary,
                       sum(case when english = 0 then 1 else 0 end) as no_english,
                       sum(case when publications = 0 then 1 else 0 end) as no_publications,
                       sum(case when fields = 0 then 1 else 0 end) as no_field
                from (""" + PROFILE_PARTS + ") s", params, (rs, i) -> new Completeness(rs.getLong("n"),
                rs.getLong("no_summary"), rs.getLong("no_english"), rs.getLong("no_publications"), rs.getLong("no_field")));
    }

    /** The institution's researchers whose profile lacks a summary, an English version, publications or a field. */
    List<ProfileGaps> incompleteProfiles(InstitutionId institution, int limit) {
        var params = new MapSqlParameterSource("institution", institution.value()).addValue("limit", limit);
        var rows = new ArrayList<ProfileGaps>();
        jdbc.query("select * from (" + PROFILE_PARTS + ") s where summaries = 0 or english = 0 or publications = 0 or fields = 0"
                + " order by name, account_id fetch first :limit rows only", params, rs -> {
            rows.add(new ProfileGaps(rs.getLong("account_id"), rs.getString("name"), rs.getLong("summaries") > 0,
                    rs.getLong("english") > 0, rs.getLong("publications"), rs.getLong("fields") > 0));
        });
        return rows;
    }
}
