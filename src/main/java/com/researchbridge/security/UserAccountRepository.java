package com.researchbridge.security;

import com.researchbridge.base.Country;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    long countByRoleAndCountry(Role role, Country country);

    long countByRole(Role role);

    java.util.List<UserAccount> findByRoleAndInstitutionIdAndEnabledTrue(Role role, Long institutionId);

    @Query("""
            select a from UserAccount a
            where (:role is null or a.role = :role)
              and (:text = '' or lower(a.email) like concat('%', :text, '%')
                   or lower(a.fullName) like concat('%', :text, '%'))
            """)
    Page<UserAccount> search(@Param("role") Role role, @Param("text") String text, Pageable pageable);
}
