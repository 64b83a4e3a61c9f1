package com.researchbridge.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MatchProposalRepository extends JpaRepository<MatchProposal, Long> {

    @Query("select p from MatchProposal p where p.accountLow = :account or p.accountHigh = :account")
    List<MatchProposal> findInvolving(long account);

    Optional<MatchProposal> findByAccountLowAndAccountHigh(long accountLow, long accountHigh);
}
