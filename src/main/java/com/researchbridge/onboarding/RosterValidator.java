package com.researchbridge.onboarding;

import com.researchbridge.base.OrcidId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.EmailAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of one row, and of e-mails across the file and the accounts already registered. */
final class RosterValidator {

    static final int MAX_NAME = 200;
    static final int MAX_POSITION = 200;

    private RosterValidator() {
    }

    /** @param registered normalised e-mails that already belong to an account */
    static ValidationReport validate(RosterReader.Roster roster, Set<String> registered, Progress progress) {
        var firstRowOf = new HashMap<String, Integer>();
        var reports = new ArrayList<RowReport>();
        int done = 0;
        for (RosterRow row : roster.rows()) {
            reports.add(new RowReport(row.rowNumber(), row.email(), row.fullName(), problems(row, registered, firstRowOf)));
            if (++done % 100 == 0) {
                progress.update(done, roster.rows().size());
            }
        }
        progress.update(roster.rows().size(), roster.rows().size());
        return new ValidationReport(roster.fileProblems(), reports);
    }

    private static List<Problem> problems(RosterRow row, Set<String> registered, Map<String, Integer> firstRowOf) {
        var problems = new ArrayList<Problem>();
        String email = EmailAddress.normalize(row.email());
        if (email.isEmpty()) {
            problems.add(Problem.of("onboarding.problem.emailMissing"));
        } else if (!EmailAddress.isWellFormed(email)) {
            problems.add(Problem.of("onboarding.problem.emailMalformed"));
        } else if (registered.contains(email)) {
            problems.add(Problem.of("onboarding.problem.emailTaken"));
        } else {
            Integer first = firstRowOf.putIfAbsent(email, row.rowNumber());
            if (first != null) {
                problems.add(Problem.of("onboarding.problem.emailDuplicate", first));
            }
        }
        if (row.fullName().isEmpty()) {
            problems.add(Problem.of("onboarding.problem.nameMissing"));
        } else if (row.fullName().length() > MAX_NAME) {
            problems.add(Problem.of("onboarding.problem.nameTooLong", MAX_NAME));
        }
        if (row.position().length() > MAX_POSITION) {
            problems.add(Problem.of("onboarding.problem.positionTooLong", MAX_POSITION));
        }
        if (!row.fieldCode().isEmpty() && field(row).isEmpty()) {
            problems.add(Problem.of("onboarding.problem.fieldUnknown", row.fieldCode()));
        }
        if (!row.orcid().isEmpty() && OrcidId.parse(row.orcid()).isEmpty()) {
            problems.add(Problem.of("onboarding.problem.orcidInvalid", row.orcid()));
        }
        if (!row.language().isEmpty() && language(row).isEmpty()) {
            problems.add(Problem.of("onboarding.problem.languageUnknown", row.language()));
        }
        return problems;
    }

    static java.util.Optional<ResearchField> field(RosterRow row) {
        return ResearchField.fromCode(row.fieldCode());
    }

    static java.util.Optional<UiLanguage> language(RosterRow row) {
        return UiLanguage.fromCode(row.language());
    }
}
