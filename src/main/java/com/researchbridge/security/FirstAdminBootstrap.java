package com.researchbridge.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Production has no demo users: the first administrator comes from configuration
 * ({@code RESEARCHBRIDGE_ADMIN_EMAIL}, {@code RESEARCHBRIDGE_ADMIN_PASSWORD}, optional
 * {@code RESEARCHBRIDGE_ADMIN_NAME}) and is created only while no administrator exists. It looks after the demo
 * data is loaded (that runner has order 1), so that under the demo it sees the demo's administrator instead of
 * warning that there is none.
 *
 * <p>Several nodes may start on one fresh database at once: each sees no administrator and inserts one with the
 * configured address. The unique e-mail key lets one insert win; the others find the administrator it created
 * and start normally (insert if absent, decided by the database, not check-then-insert).
 */
@Component
@Order(FirstAdminBootstrap.ORDER)
class FirstAdminBootstrap implements ApplicationRunner {

    static final int ORDER = 10;

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AccountProvisioning provisioning;
    private final PasswordPolicy passwordPolicy;
    private final String email;
    private final String password;
    private final String name;

    FirstAdminBootstrap(AccountProvisioning provisioning, PasswordPolicy passwordPolicy,
                        @Value("${researchbridge.admin.email:}") String email,
                        @Value("${researchbridge.admin.password:}") String password,
                        @Value("${researchbridge.admin.name:Administrator}") String name) {
        this.provisioning = provisioning;
        this.passwordPolicy = passwordPolicy;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (provisioning.anyAdmin()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No administrator exists. Set RESEARCHBRIDGE_ADMIN_EMAIL and RESEARCHBRIDGE_ADMIN_PASSWORD to create the first one.");
            return;
        }
        createConfiguredAdmin();
    }

    /** Creates the configured administrator unless the database already has that account as an administrator. */
    void createConfiguredAdmin() {
        if (!EmailAddress.isWellFormed(email)) {
            throw new IllegalStateException("RESEARCHBRIDGE_ADMIN_EMAIL is not a valid e-mail address: " + email);
        }
        if (!passwordPolicy.isStrongEnough(password, name, email)) {
            throw new IllegalStateException("RESEARCHBRIDGE_ADMIN_PASSWORD is too weak: use at least "
                    + PasswordPolicy.MIN_LENGTH + " characters that are hard to guess");
        }
        try {
            provisioning.createAdmin(email, provisioning.hash(password), name);
            log.info("Created the first administrator account {}", UserAccount.normalizeEmail(email));
        } catch (DataIntegrityViolationException taken) {
            if (!provisioning.isAdmin(email)) {
                throw new IllegalStateException("RESEARCHBRIDGE_ADMIN_EMAIL " + UserAccount.normalizeEmail(email)
                        + " belongs to an account that is not an administrator; choose another address", taken);
            }
            log.info("The first administrator was created by another node");
        }
    }
}
