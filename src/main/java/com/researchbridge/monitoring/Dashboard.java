package com.researchbridge.monitoring;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.project.OutputKind;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a monitoring dashboard shows, for one filter, as the database aggregated it. The page draws its charts
 * and tables from it and the exports write the same object, so a file never holds more than the page showed.
 */
public record Dashboard(MonitoringFilter filter, List<MonthCount> projectSteps, List<YearCount> outputs, Funnel funnel,
                        List<InstitutionFlow> institutionFlows, List<FieldFlow> fieldFlows,
                        List<FieldCount> researchers, long matchedNeverContacted, long openWithoutProposal) {

    /** The workflow steps counted per month. */
    public enum Step { REQUESTED, APPROVED, STARTED, COMPLETED;

        public String translationKey() {
            return "monitoring.step." + name();
        }
    }

    public record MonthCount(YearMonth month, Step step, long count) {
    }

    public record YearCount(int year, OutputKind kind, long count) {
    }

    /**
     * The way from a matcher proposal to a completed project with an output. Counts are of proposals made and projects
     * requested in the period (a cohort), so each stage is part of the one before from {@code requests} on. Medians are
     * in days, {@code null} when no project took the step.
     */
    public record Funnel(long proposals, long dismissed, long takenUp, long requests, long agreed, long submitted,
                         long approved, long started, long completedWithOutput,
                         Double daysToAgree, Double daysToSubmit, Double daysToDecision, Double daysToStart,
                         Double daysToComplete) {
    }

    /** Joint projects (both researchers agreed) between a Kazakh and a Chinese institution. */
    public record InstitutionFlow(InstitutionId kz, InstitutionId cn, long projects) {
    }

    /** The same by the researchers' main fields; {@code null} when a researcher gave none or left the site. */
    public record FieldFlow(String kzField, String cnField, long projects) {
    }

    /** Researchers by main field ({@code null}: none given) and country. */
    public record FieldCount(String field, Country country, long researchers) {
    }
}
