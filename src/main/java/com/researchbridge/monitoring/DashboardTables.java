package com.researchbridge.monitoring;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.monitoring.Dashboard.Funnel;
import com.researchbridge.monitoring.Dashboard.Step;
import com.researchbridge.project.OutputKind;
import com.researchbridge.researcher.ResearchField;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a dashboard into the tables the page shows under its charts and the exports write, with texts in the reader's
 * language. Works on the aggregated rows only (a few per chart), never on projects or researchers.
 *
 * @param translate the reader's translation of a message key
 * @param institutionName the reader's name of an institution
 */
public record DashboardTables(Function<String, String> translate, Function<InstitutionId, String> institutionName) {

    public static final String STEPS = "monitoring-steps";
    public static final String OUTPUTS = "monitoring-outputs";
    public static final String FUNNEL = "monitoring-funnel";
    public static final String FLOWS = "monitoring-flows";
    public static final String FIELD_FLOWS = "monitoring-field-flows";
    public static final String RESEARCHERS = "monitoring-researchers";
    public static final String ACTIONABLE = "monitoring-actionable";
    public static final String PENDING = "monitoring-pending";
    public static final String PROFILES = "monitoring-profiles";

    private String t(String key) {
        return translate.apply(key);
    }

    /** Every table of the administrator's dashboard, in page order. */
    public List<ExportTable> all(Dashboard d) {
        return List.of(steps(d), outputs(d), funnel(d.funnel()), institutionFlows(d), fieldFlows(d), researchers(d),
                actionable(d));
    }

    /** Every table of an office's dashboard, in page order. */
    public List<ExportTable> all(OfficeDashboard o) {
        var tables = new ArrayList<ExportTable>();
        tables.add(pending(o));
        tables.add(profiles(o));
        tables.addAll(all(o.dashboard()));
        return tables;
    }

    public ExportTable steps(Dashboard d) {
        var months = new TreeMap<java.time.YearMonth, Map<Step, Long>>();
        d.projectSteps().forEach(m -> months.computeIfAbsent(m.month(), k -> new EnumMap<>(Step.class)).merge(m.step(), m.count(), Long::sum));
        var header = new ArrayList<String>(List.of(t("monitoring.column.month")));
        Arrays.stream(Step.values()).forEach(s -> header.add(t(s.translationKey())));
        var rows = months.entrySet().stream().map(e -> {
            var row = new ArrayList<Object>(List.of(e.getKey().toString()));
            Arrays.stream(Step.values()).forEach(s -> row.add(e.getValue().getOrDefault(s, 0L)));
            return (List<Object>) row;
        }).toList();
        return new ExportTable(STEPS, t("monitoring.steps.title"), header, rows);
    }

    public ExportTable outputs(Dashboard d) {
        var years = new TreeMap<Integer, Map<OutputKind, Long>>();
        d.outputs().forEach(y -> years.computeIfAbsent(y.year(), k -> new EnumMap<>(OutputKind.class)).merge(y.kind(), y.count(), Long::sum));
        var header = new ArrayList<String>(List.of(t("monitoring.column.year")));
        Arrays.stream(OutputKind.values()).forEach(k -> header.add(t(k.translationKey())));
        var rows = years.entrySet().stream().map(e -> {
            var row = new ArrayList<Object>(List.of(e.getKey()));
            Arrays.stream(OutputKind.values()).forEach(k -> row.add(e.getValue().getOrDefault(k, 0L)));
            return (List<Object>) row;
        }).toList();
        return new ExportTable(OUTPUTS, t("monitoring.outputs.title"), header, rows);
    }

    /** A stage of the funnel: its count, the share of the stage before it, and the median days the step took. */
    public record Stage(String key, long count, Double conversion, Double medianDays) {
    }

    public static List<Stage> stages(Funnel f) {
        return List.of(
                new Stage("monitoring.funnel.proposals", f.proposals(), null, null),
                new Stage("monitoring.funnel.dismissed", f.dismissed(), share(f.dismissed(), f.proposals()), null),
                new Stage("monitoring.funnel.takenUp", f.takenUp(), share(f.takenUp(), f.proposals()), null),
                new Stage("monitoring.funnel.requests", f.requests(), null, null),
                new Stage("monitoring.funnel.agreed", f.agreed(), share(f.agreed(), f.requests()), f.daysToAgree()),
                new Stage("monitoring.funnel.submitted", f.submitted(), share(f.submitted(), f.agreed()), f.daysToSubmit()),
                new Stage("monitoring.funnel.approved", f.approved(), share(f.approved(), f.submitted()), f.daysToDecision()),
                new Stage("monitoring.funnel.started", f.started(), share(f.started(), f.approved()), f.daysToStart()),
                new Stage("monitoring.funnel.completed", f.completedWithOutput(), share(f.completedWithOutput(), f.started()),
                        f.daysToComplete()));
    }

    /** Percent with one decimal, or {@code null} when there is nothing to divide by. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static Double oneDecimal(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    public ExportTable funnel(Funnel f) {
        var rows = stages(f).stream().map(s -> Arrays.<Object>asList(t(s.key()), s.count(), s.conversion(),
                oneDecimal(s.medianDays()))).toList();
        return new ExportTable(FUNNEL, t("monitoring.funnel.title"), List.of(t("monitoring.column.stage"),
                t("monitoring.column.count"), t("monitoring.column.conversion"), t("monitoring.column.medianDays")), rows);
    }

    public ExportTable institutionFlows(Dashboard d) {
        var rows = d.institutionFlows().stream().map(f -> Arrays.<Object>asList(institutionName.apply(f.kz()),
                institutionName.apply(f.cn()), f.projects())).toList();
        return new ExportTable(FLOWS, t("monitoring.flows.title"), List.of(t("monitoring.column.kzInstitution"),
                t("monitoring.column.cnInstitution"), t("monitoring.column.projects")), rows);
    }

    /** A field's two-level label in the reader's language, or "not given". */
    public String fieldLabel(String code) {
        return ResearchField.fromCode(code == null ? "" : code).map(f -> f.twoLevelLabel(this::t))
                .orElse(t("monitoring.noField"));
    }

    public ExportTable fieldFlows(Dashboard d) {
        var rows = d.fieldFlows().stream().map(f -> Arrays.<Object>asList(fieldLabel(f.kzField()), fieldLabel(f.cnField()),
                f.projects())).toList();
        return new ExportTable(FIELD_FLOWS, t("monitoring.fieldFlows.title"), List.of(t("monitoring.column.kzField"),
                t("monitoring.column.cnField"), t("monitoring.column.projects")), rows);
    }

    public ExportTable researchers(Dashboard d) {
        var byField = new TreeMap<String, Map<Country, Long>>();
        d.researchers().forEach(c -> byField.computeIfAbsent(c.field() == null ? "~" : c.field(), k -> new EnumMap<>(Country.class))
                .merge(c.country(), c.researchers(), Long::sum));
        var rows = byField.entrySet().stream().map(e -> Arrays.<Object>asList(fieldLabel(e.getKey()),
                e.getValue().getOrDefault(Country.KZ, 0L), e.getValue().getOrDefault(Country.CN, 0L))).toList();
        return new ExportTable(RESEARCHERS, t("monitoring.researchers.title"), List.of(t("field.researchField"),
                t(Country.KZ.translationKey()), t(Country.CN.translationKey())), rows);
    }

    public ExportTable actionable(Dashboard d) {
        return new ExportTable(ACTIONABLE, t("monitoring.actionable.title"), List.of(t("monitoring.column.group"),
                t("monitoring.column.researchers")), List.of(
                Arrays.<Object>asList(t("monitoring.actionable.matchedNeverContacted"), d.matchedNeverContacted()),
                Arrays.<Object>asList(t("monitoring.actionable.openWithoutProposal"), d.openWithoutProposal())));
    }

    public ExportTable pending(OfficeDashboard o) {
        var rows = o.pending().stream().map(p -> Arrays.<Object>asList(p.title(), p.initiator(), p.partner(),
                p.submittedAt() == null ? "" : p.submittedAt().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE),
                p.days())).toList();
        return new ExportTable(PENDING, t("monitoring.pending.title"), List.of(t("monitoring.column.project"),
                t("monitoring.column.initiator"), t("monitoring.column.partner"), t("monitoring.column.submitted"),
                t("monitoring.column.daysWaiting")), rows);
    }

    public ExportTable profiles(OfficeDashboard o) {
        String yes = t("monitoring.yes");
        String no = t("monitoring.no");
        var rows = o.incompleteProfiles().stream().map(p -> Arrays.<Object>asList(p.name(), p.summary() ? yes : no,
                p.english() ? yes : no, p.publications(), p.field() ? yes : no)).toList();
        return new ExportTable(PROFILES, t("monitoring.profiles.title"), List.of(t("field.fullName"),
                t("monitoring.column.summary"), t("monitoring.column.english"), t("monitoring.column.publications"),
                t("field.researchField")), rows);
    }
}
