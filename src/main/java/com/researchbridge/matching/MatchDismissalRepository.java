package com.researchbridge.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchDismissalRepository extends JpaRepository<MatchDismissal, Long> {

    List<MatchDismissal> findByAccountId(long accountId);

    boolean existsByAccountIdAndPartnerAccountId(long accountId, long partnerAccountId);
}
