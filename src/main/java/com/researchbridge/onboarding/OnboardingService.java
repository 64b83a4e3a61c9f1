package com.researchbridge.onboarding;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.OrcidId;
import com.researchbridge.researcher.InvitedProfileService;
import com.researchbridge.security.InvitationService;
import com.researchbridge.security.Invitee;
import com.researchbridge.security.IssuedInvitation;
import com.researchbridge.security.RegistrationRejected;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A research office's import of researchers from CSV: check the file row by row, then import it all-or-nothing
 * or the valid rows only. An import is one transaction: a failure part-way leaves nothing of the file stored.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingService {

    /** The downloadable template: the header and one example row. The byte order mark helps spreadsheets. */
    static final String TEMPLATE = "\uFEFFemail,full_name,position,field_code,orcid,language\r\n"
            + "aigerim.sarsenova@university.example,Айгерім Сәрсенова,Associate Professor,1.2,0000-0002-1825-0097,kk\r\n";

    /** Rows between clearing the persistence context during an import (see {@link #importRoster}). */
    private static final int BATCH = 100;

    private final InvitationService invitations;
    private final InvitedProfileService profiles;
    private final EntityManager entityManager;

    OnboardingService(InvitationService invitations, InvitedProfileService profiles, EntityManager entityManager) {
        this.invitations = invitations;
        this.profiles = profiles;
        this.entityManager = entityManager;
    }

    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public byte[] template() {
        return TEMPLATE.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads and checks the file; {@link RosterRejected} when it cannot be read at all. Stores nothing. */
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public ValidationReport validate(byte[] csv, Progress progress) {
        var roster = RosterReader.read(csv);
        var emails = roster.rows().stream().map(RosterRow::email).filter(e -> !e.isEmpty()).toList();
        return RosterValidator.validate(roster, invitations.registeredAmong(emails), progress);
    }

    /**
     * Checks the file again (an address may have been registered since the report was shown) and imports it:
     * in {@link ImportMode#ALL_OR_NOTHING} only when every row is valid, otherwise the valid rows. Throws
     * {@link RosterRejected}, with the fresh report, when nothing may be imported; then nothing is stored.
     */
    @Transactional(rollbackFor = Exception.class)
    @AccessExpectation(Who.RESEARCH_OFFICE)
    @PreAuthorize("hasRole('RESEARCH_OFFICE')")
    public ImportResult importRoster(byte[] csv, ImportMode mode, Progress progress) {
        var roster = RosterReader.read(csv);
        var emails = roster.rows().stream().map(RosterRow::email).filter(e -> !e.isEmpty()).toList();
        var report = RosterValidator.validate(roster, invitations.registeredAmong(emails), Progress.NONE);
        if (!report.importable(mode)) {
            throw new RosterRejected(report.fileProblems().isEmpty()
                    ? Problem.of("onboarding.error.rowsInvalid", report.invalidRows())
                    : report.fileProblems().getFirst(), report);
        }
        var invited = new ArrayList<IssuedInvitation>();
        int total = (int) report.validRows();
        for (int i = 0; i < roster.rows().size(); i++) {
            if (!report.rows().get(i).valid()) {
                continue;
            }
            invited.add(store(roster.rows().get(i)));
            if (invited.size() % BATCH == 0) {
                // Thousands of accounts, profiles and invitations in one transaction: without clearing, every
                // flush and query would check all entities loaded so far, and the import would slow down
                // quadratically. Nothing loaded earlier is used again.
                entityManager.flush();
                entityManager.clear();
            }
            if (invited.size() % 20 == 0) {
                progress.update(invited.size(), total);
            }
        }
        progress.update(total, total);
        return new ImportResult(invited, report.invalidRows());
    }

    private IssuedInvitation store(RosterRow row) {
        IssuedInvitation issued;
        try {
            issued = invitations.invite(new Invitee(row.email(), row.fullName(), RosterValidator.language(row).orElse(null)));
        } catch (RegistrationRejected raceOnEmail) {
            throw new RosterRejected(Problem.of("onboarding.error.conflict", row.rowNumber()));
        }
        profiles.describeInvited(issued.account(), row.position(), RosterValidator.field(row).orElse(null),
                row.orcid().isEmpty() ? null : OrcidId.parse(row.orcid()).orElseThrow());
        return issued;
    }
}
