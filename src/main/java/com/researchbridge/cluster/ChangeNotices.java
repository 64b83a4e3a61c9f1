package com.researchbridge.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other nodes what this node changed. Called while the change's transaction is open: the notice is
 * written just before that transaction commits, in it, so a change that rolls back is never announced and one
 * that commits always is. Numbers are handed out under a transaction-level advisory lock held until commit, so
 * they follow the commit order and a reader that applies "everything after the last number" misses nothing.
 * PostgreSQL delivers the {@code NOTIFY} only on commit. Called outside a transaction, it writes in its own.
 * On H2 it does nothing.
 */
@Component
public class ChangeNotices {

    /** Arbitrary, fixed: the advisory lock that orders the numbering of changes by commit. */
    static final long ORDER_LOCK = 0x5242_434c_5553_5452L;

    private final ClusterNode node;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ChangeNotices(ClusterNode node, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.node = node;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Announces that {@code kind} changed for {@code ref} (an account id; 0 for the vocabulary). */
    public void announce(ChangeKind kind, long ref) {
        if (!node.shared()) {
            return;
        }
        var change = new Change(kind, ref);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ownTransaction.executeWithoutResult(status -> write(Set.of(change)));
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (Set<Change>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            var changes = new LinkedHashSet<Change>();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(changes);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ChangeNotices.this);
                }
            });
            pending = changes;
        }
        pending.add(change);
    }

    private void write(Set<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> { }, ORDER_LOCK);
        var now = Timestamp.from(clock.instant());
        long last = 0;
        for (var change : changes) {
            last = jdbc.queryForObject(
                    "insert into cluster_change (kind, ref, origin, changed_at) values (?, ?, ?, ?) returning seq",
                    Long.class, change.kind().name(), change.ref(), node.name(), now);
        }
        jdbc.query("select pg_notify(?, ?)", rs -> { }, ClusterNode.CHANNEL, String.valueOf(last));
    }

    private record Change(ChangeKind kind, long ref) {
    }
}
