package com.researchbridge.matching;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.MatcherIntroductions;
import com.researchbridge.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The matcher puts a partner before the signed-in researcher when it suggests them (the same list the suggested
 * partners page shows, at most {@link PartnerSuggestionService#MAX_SUGGESTIONS}) or has an open proposal for the pair.
 */
@Component
class SuggestedIntroductions implements MatcherIntroductions {

    private final PartnerSuggestionService suggestions;
    private final MatchProposalRepository proposals;
    private final CurrentUser currentUser;

    SuggestedIntroductions(PartnerSuggestionService suggestions, MatchProposalRepository proposals, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    @Override
    public boolean introducedToMe(AccountId partner) {
        long me = currentUser.require().id().value();
        boolean proposed = proposals.findByAccountLowAndAccountHigh(Math.min(me, partner.value()), Math.max(me, partner.value()))
                .filter(MatchProposal::isOpen).isPresent();
        return proposed || suggestions.suggestionsForMe(PartnerSuggestionService.MAX_SUGGESTIONS, UiLanguage.EN).stream()
                .anyMatch(s -> s.partner().account().equals(partner));
    }
}
