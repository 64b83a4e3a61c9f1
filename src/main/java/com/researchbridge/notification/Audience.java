package com.researchbridge.notification;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.project.ProjectChanged;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who hears of a project's step: the researchers and the research offices (by institution) it concerns, never
 * the one who took it. Planning and reaching milestones are not announced.
 */
record Audience(Set<AccountId> researchers, Set<InstitutionId> offices) {

    static Audience of(ProjectChanged e) {
        var researchers = new LinkedHashSet<AccountId>();
        var offices = new LinkedHashSet<InstitutionId>();
        AccountId other = e.otherResearcher(e.actor());
        switch (e.action()) {
            case PROPOSE -> researchers.add(e.partner());
            case REVISE, ACCEPT, DECLINE, START, NOTE, REPORT -> researchers.add(other);
            case WITHDRAW -> {
                researchers.add(other);
                if (e.submitted()) {
                    offices.add(e.initiatorInstitution());
                    offices.add(e.partnerInstitution());
                }
            }
            case SUBMIT, COMPLETE, CANCEL -> {
                researchers.add(other);
                offices.add(e.initiatorInstitution());
                offices.add(e.partnerInstitution());
            }
            case APPROVE -> {
                researchers.add(e.initiator());
                researchers.add(e.partner());
            }
            case REJECT -> {
                researchers.add(e.initiator());
                researchers.add(e.partner());
                offices.add(e.initiatorInstitution());
                offices.add(e.partnerInstitution());
            }
            default -> {
                // PLAN, REACH, RETRACT: visible on the project page and in its history only
            }
        }
        researchers.removeIf(Objects::isNull);
        researchers.remove(e.actor());
        offices.removeIf(Objects::isNull);
        if (e.actingOffice() != null) {
            offices.remove(e.actingOffice());
        }
        return new Audience(Set.copyOf(researchers), Set.copyOf(offices));
    }
}
