package com.researchbridge.matching;

import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a researcher proposes a joint project, the matcher's open proposal for the same two researchers has done
 * its work: it no longer counts against either researcher's cap. Runs in the proposing transaction.
 */
@Component
class ProposalTakeUp {

    private final MatchProposalRepository proposals;

    ProposalTakeUp(MatchProposalRepository proposals) {
        this.proposals = proposals;
    }

    @EventListener
    void on(ProjectChanged event) {
        if (event.action() != ProjectAction.PROPOSE || event.initiator() == null || event.partner() == null) {
            return;
        }
        long a = event.initiator().value();
        long b = event.partner().value();
        proposals.findByAccountLowAndAccountHigh(Math.min(a, b), Math.max(a, b))
                .filter(MatchProposal::isOpen).ifPresent(MatchProposal::takeUp);
    }
}
