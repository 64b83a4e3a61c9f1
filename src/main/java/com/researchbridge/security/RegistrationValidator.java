package com.researchbridge.security;

import com.researchbridge.institution.InstitutionService;
import com.researchbridge.security.RegistrationRejected.Field;
import com.researchbridge.security.RegistrationRejected.Problem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks a registration before anything is stored; the same rules the form shows. */
@Component
class RegistrationValidator {

    static final int MAX_NAME = 200;

    private final PasswordPolicy passwordPolicy;
    private final InstitutionService institutions;
    private final UserAccountRepository accounts;

    RegistrationValidator(PasswordPolicy passwordPolicy, InstitutionService institutions, UserAccountRepository accounts) {
        this.passwordPolicy = passwordPolicy;
        this.institutions = institutions;
        this.accounts = accounts;
    }

    List<Problem> problems(NewResearcher form) {
        var problems = new ArrayList<Problem>();
        if (isBlank(form.fullName())) {
            problems.add(new Problem(Field.FULL_NAME, "validation.required"));
        } else if (form.fullName().strip().length() > MAX_NAME) {
            problems.add(new Problem(Field.FULL_NAME, "validation.tooLong"));
        }
        var email = UserAccount.normalizeEmail(form.email());
        if (email.isEmpty()) {
            problems.add(new Problem(Field.EMAIL, "validation.required"));
        } else if (!EmailAddress.isWellFormed(email)) {
            problems.add(new Problem(Field.EMAIL, "validation.email"));
        }
        if (form.password() == null || form.password().isEmpty()) {
            problems.add(new Problem(Field.PASSWORD, "validation.required"));
        } else if (!passwordPolicy.isStrongEnough(form.password(), form.fullName(), email)) {
            problems.add(new Problem(Field.PASSWORD, "registration.weakPassword"));
        }
        if (form.country() == null) {
            problems.add(new Problem(Field.COUNTRY, "validation.required"));
        }
        if (form.institution() == null) {
            problems.add(new Problem(Field.INSTITUTION, "validation.required"));
        } else {
            var institution = institutions.find(form.institution());
            if (institution.isEmpty() || (form.country() != null && institution.get().country() != form.country())) {
                problems.add(new Problem(Field.INSTITUTION, "registration.institutionMismatch"));
            }
        }
        return problems;
    }

    /**
     * The rules for a research office account an administrator creates: name, e-mail, institution. Unlike
     * registration, a taken address is named: only administrators see this answer.
     */
    List<Problem> officeProblems(String email, String fullName, com.researchbridge.base.InstitutionId institution) {
        var problems = new ArrayList<Problem>();
        var form = new NewResearcher(fullName, email, "unused", null, institution);
        for (Problem p : problems(form)) {
            if (p.field() == Field.FULL_NAME || p.field() == Field.EMAIL) {
                problems.add(p);
            }
        }
        if (problems.stream().noneMatch(p -> p.field() == Field.EMAIL) && accounts.existsByEmail(EmailAddress.normalize(email))) {
            problems.add(new Problem(Field.EMAIL, "registration.emailTaken"));
        }
        if (institution == null || institutions.find(institution).isEmpty()) {
            problems.add(new Problem(Field.INSTITUTION, "validation.required"));
        }
        return problems;
    }

    com.researchbridge.base.Country countryOf(com.researchbridge.base.InstitutionId institution) {
        return institutions.find(institution).orElseThrow().country();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
