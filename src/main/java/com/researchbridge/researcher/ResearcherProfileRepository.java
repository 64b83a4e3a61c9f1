package com.researchbridge.researcher;

import com.researchbridge.base.Country;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResearcherProfileRepository extends JpaRepository<ResearcherProfile, Long> {

    Optional<ResearcherProfile> findByAccountId(long accountId);

    List<ResearcherProfile> findByAccountIdIn(java.util.Collection<Long> accountIds);

    /** Keyset paging in account order, so reading every profile needs no offset scans. */
    List<ResearcherProfile> findByAccountIdGreaterThanOrderByAccountIdAsc(long accountId, org.springframework.data.domain.Limit limit);

    /** Keyset paging over the profiles the matcher may propose (see {@link ProfileSummary#proposable()}). */
    List<ResearcherProfile> findByAccountIdGreaterThanAndOpenToCollaborationTrueAndMatchingConsentTrueAndVisibilityNotOrderByAccountIdAsc(
            long accountId, ProfileVisibility hidden, org.springframework.data.domain.Limit limit);

    long countByOpenToCollaborationTrueAndMatchingConsentTrueAndVisibilityNot(ProfileVisibility hidden);

    Page<ResearcherProfile> findByInstitutionIdAndVisibilityIn(long institutionId, java.util.Collection<ProfileVisibility> visibilities,
                                                             Pageable pageable);

    long countByInstitutionIdAndVisibilityIn(long institutionId, java.util.Collection<ProfileVisibility> visibilities);

    long countByCountry(Country country);

    /** Researchers per main field (the first of their fields) and country. */
    @Query("select f, p.country, count(p) from ResearcherProfile p join p.fieldCodes f where index(f) = 0 group by f, p.country")
    List<Object[]> countByFieldAndCountry();
}
