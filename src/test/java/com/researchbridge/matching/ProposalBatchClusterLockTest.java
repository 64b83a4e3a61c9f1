package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly batch fires on every node of a cluster at once; the lock in the shared database lets one run.
 * Two scheduler threads call the real batch (through its Spring proxy) at the same moment, and a second lock
 * provider on the same H2 file database stands for another node holding the lock.
 */
@IntegrationTest
class ProposalBatchClusterLockTest {

    @Autowired
    ProposalBatch batch;
    @Autowired
    MatchingIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /**
     * Ends any hold on the lock as its time running out would. The row stays: ShedLock remembers which rows it
     * has written and only updates them afterwards.
     */
    @AfterEach
    void releaseTheLock() {
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = ?", ProposalBatch.LOCK);
    }

    @Test
    void twoSchedulersFiringAtOnceRunTheBatchOnce() throws Exception {
        index.awaitRebuilds();
        index.ready();
        releaseTheLock();
        int before = batch.runsStarted();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int node = 0; node < 2; node++) {
                pool.submit(() -> {
                    start.await();
                    batch.nightly();
                    return null;
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(batch.runsStarted() - before).as("runs").isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select account_low, account_high from match_proposal
                                      group by account_low, account_high having count(*) > 1) d""", Long.class))
                .as("pairs proposed twice").isZero();

        // a node whose clock is a little behind fires a minute later: the lock is still held, no second run
        batch.nightly();
        assertThat(batch.runsStarted() - before).as("runs").isEqualTo(1);
    }

    @Test
    void whileAnotherNodeHoldsTheLockNeitherTheNightlyNorTheAdministratorsRunStarts() {
        releaseTheLock();
        var otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue("node-b").build());
        var held = otherNode.lock(new LockConfiguration(Instant.now(), ProposalBatch.LOCK, Duration.ofMinutes(10),
                Duration.ZERO)).orElseThrow();
        int before = batch.runsStarted();
        try {
            batch.nightly();
            assertThat(batch.runNow()).isEmpty();
            assertThat(batch.runsStarted()).isEqualTo(before);
        } finally {
            held.unlock();
        }
        index.ready();
        assertThat(batch.runNow()).as("runs once the other node is done").isPresent();
        assertThat(batch.runsStarted()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
                ProposalBatch.LOCK)).isNotEqualTo("node-b");
    }
}
