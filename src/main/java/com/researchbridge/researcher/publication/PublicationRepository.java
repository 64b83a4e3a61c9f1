package com.researchbridge.researcher.publication;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findByAccountIdOrderByYearDescIdDesc(long accountId);

    List<Publication> findByAccountIdIn(Collection<Long> accountIds);

    List<Publication> findByAccountId(long accountId, Pageable pageable);

    long countByAccountId(long accountId);
}
