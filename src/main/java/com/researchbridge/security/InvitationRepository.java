package com.researchbridge.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    long countByInstitutionId(Long institutionId);

    /** Each invitation with its account's e-mail and name, newest first. */
    @Query(value = """
            select i, a.email, a.fullName from Invitation i, UserAccount a
            where a.id = i.accountId and i.institutionId = :institution
            order by i.createdAt desc, i.id desc
            """, countQuery = "select count(i) from Invitation i where i.institutionId = :institution")
    Page<Object[]> listOfInstitution(@Param("institution") Long institution, Pageable pageable);

    @Query("select a.email from UserAccount a where a.email in :emails")
    List<String> registeredAmong(@Param("emails") Collection<String> emails);
}
