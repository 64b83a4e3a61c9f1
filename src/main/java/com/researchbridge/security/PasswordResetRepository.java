package com.researchbridge.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    long countByAccountIdAndCreatedAtAfter(long accountId, Instant after);

    List<PasswordReset> findByAccountIdAndUsedAtIsNull(long accountId);
}
