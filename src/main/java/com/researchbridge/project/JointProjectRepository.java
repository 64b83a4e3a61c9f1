package com.researchbridge.project;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JointProjectRepository extends JpaRepository<JointProject, Long>, JpaSpecificationExecutor<JointProject> {

    @Query("""
            select p from JointProject p
            where p.initiatorAccountId = :account or p.partnerAccountId = :account
            order by p.updatedAt desc, p.id desc""")
    List<JointProject> findInvolving(@Param("account") long account);

    @Query("""
            select count(p) > 0 from JointProject p
            where ((p.initiatorAccountId = :a and p.partnerAccountId = :b)
                or (p.initiatorAccountId = :b and p.partnerAccountId = :a))
              and p.status in :live""")
    boolean existsLiveBetween(@Param("a") long a, @Param("b") long b, @Param("live") List<ProjectStatus> live);

    @Query("select p.initiatorInstitutionId, count(p) from JointProject p group by p.initiatorInstitutionId")
    List<Object[]> countByInitiatorInstitution();

    @Query("select p.partnerInstitutionId, count(p) from JointProject p group by p.partnerInstitutionId")
    List<Object[]> countByPartnerInstitution();

    @Query("select p.status, count(p) from JointProject p group by p.status")
    List<Object[]> countByStatus();

    @Query("""
            select p.initiatorAccountId, p.partnerAccountId from JointProject p
            where p.initiatorAccountId is not null and p.partnerAccountId is not null""")
    List<Object[]> allPairs();

    @EntityGraph(attributePaths = "history")
    @Query("select p from JointProject p where p.id = :id")
    java.util.Optional<JointProject> findWithHistory(@Param("id") long id);
}
