package com.researchbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.testsupport.RequiresPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two "nodes" on one PostgreSQL schema, each with its own notices and receiver (no Spring context: the mechanism
 * alone, on the real server): what one commits reaches the other once, in commit order, and never what rolls back.
 */
@RequiresPostgres
class ChangeNoticesTest {

    private String schema;
    private String url;
    private DriverManagerDataSource dataSource;
    private ClusterNode nodeA;
    private ClusterNode nodeB;
    private ChangeNotices noticesOfA;
    private TransactionTemplate transactions;
    private final List<RemoteChange> heardByB = new CopyOnWriteArrayList<>();
    private final List<RemoteChange> heardByA = new CopyOnWriteArrayList<>();
    private ChangeReceiver receiverA;
    private ChangeReceiver receiverB;

    @BeforeEach
    void twoNodesOnOneSchema() throws Exception {
        schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        url = RequiresPostgres.URL + (RequiresPostgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&ApplicationName=" + schema;
        dataSource = new DriverManagerDataSource(url, RequiresPostgres.USER, RequiresPostgres.PASSWORD);
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V35__cluster_change.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        new JdbcTemplate(dataSource).execute(migration);
        nodeA = new ClusterNode("a", url, RequiresPostgres.USER, RequiresPostgres.PASSWORD);
        nodeB = new ClusterNode("b", url, RequiresPostgres.USER, RequiresPostgres.PASSWORD);
        var transactionManager = new DataSourceTransactionManager(dataSource);
        noticesOfA = new ChangeNotices(nodeA, new JdbcTemplate(dataSource), transactionManager, Clock.systemUTC());
        transactions = new TransactionTemplate(transactionManager);
        receiverA = new ChangeReceiver(nodeA, event -> heardByA.add((RemoteChange) event));
        receiverB = new ChangeReceiver(nodeB, event -> heardByB.add((RemoteChange) event));
        receiverA.start();
        receiverB.start();
        waitFor(() -> receiverA.connected() && receiverB.connected(), 10_000);
    }

    @AfterEach
    void dropSchema() throws Exception {
        receiverA.stop();
        receiverB.stop();
        Thread.sleep(ChangeReceiver.WAIT_MILLIS + 200);
        execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '" + schema + "'");
        execute("drop schema if exists " + schema + " cascade");
    }

    @Test
    void aCommittedChangeReachesTheOtherNodeOnceAndNotItsOwn() throws Exception {
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> noticesOfA.announce(ChangeKind.PROFILE, 42));
        waitFor(() -> !heardByB.isEmpty(), 10_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Change notice from node A to node B after commit: " + millis + " ms (machine shared with other jobs)");

        assertThat(heardByB).extracting(RemoteChange::kind, RemoteChange::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.PROFILE, 42L));
        Thread.sleep(ChangeReceiver.POLL_MILLIS + 1_000); // a poll later: still once, and nothing echoed to A
        assertThat(heardByB).hasSize(1);
        assertThat(heardByA).isEmpty();
    }

    @Test
    void oneTransactionAnnouncesEachChangeOnceAndARolledBackOneNothing() throws Exception {
        transactions.executeWithoutResult(status -> {
            noticesOfA.announce(ChangeKind.TOPIC, 7);
            noticesOfA.announce(ChangeKind.TOPIC, 7);
            noticesOfA.announce(ChangeKind.VOCABULARY, 0);
        });
        transactions.executeWithoutResult(status -> {
            noticesOfA.announce(ChangeKind.PROFILE, 99);
            status.setRollbackOnly();
        });
        noticesOfA.announce(ChangeKind.PROFILE, 5); // outside a transaction: written in its own
        waitFor(() -> heardByB.size() >= 3, 10_000);
        Thread.sleep(1_500);

        assertThat(heardByB).extracting(RemoteChange::kind, RemoteChange::ref).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.TOPIC, 7L),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.VOCABULARY, 0L),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.PROFILE, 5L));
    }

    @Test
    void changesArriveInCommitOrderNotInTheOrderTheTransactionsBegan() throws Exception {
        var firstAnnounced = new CountDownLatch(1);
        var mayCommit = new CountDownLatch(1);
        var early = new Thread(() -> transactions.executeWithoutResult(status -> {
            noticesOfA.announce(ChangeKind.PROFILE, 1);
            firstAnnounced.countDown();
            await(mayCommit);
        }));
        early.start();
        assertThat(firstAnnounced.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status -> noticesOfA.announce(ChangeKind.PROFILE, 2));
        mayCommit.countDown();
        early.join(10_000);
        waitFor(() -> heardByB.size() >= 2, 10_000);

        assertThat(heardByB).extracting(RemoteChange::ref).containsExactly(2L, 1L);
        assertThat(heardByB.get(0).seq()).isLessThan(heardByB.get(1).seq());
    }

    @Test
    void duplicatedStaleOrForgedNoticesApplyNothingTwice() throws Exception {
        transactions.executeWithoutResult(status -> noticesOfA.announce(ChangeKind.PROFILE, 3));
        waitFor(() -> heardByB.size() == 1, 10_000);
        long seq = heardByB.getFirst().seq();
        for (String payload : List.of(String.valueOf(seq), String.valueOf(seq), "0", "not a number", "999999999")) {
            execute("notify " + ClusterNode.CHANNEL + ", '" + payload + "'");
        }
        Thread.sleep(2_000);

        assertThat(heardByB).hasSize(1);
    }

    @Test
    void aChangeCommittedWhileTheListeningConnectionIsDownArrivesAfterReconnecting() throws Exception {
        execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '" + schema
                + "' and query ilike 'select seq%' or (application_name = '" + schema + "' and query ilike 'listen%')");
        transactions.executeWithoutResult(status -> noticesOfA.announce(ChangeKind.PROFILE, 11));
        waitFor(() -> !heardByB.isEmpty(), 20_000);

        assertThat(heardByB).extracting(RemoteChange::ref).containsExactly(11L);
    }

    @Test
    void onTheEmbeddedDatabaseNothingIsWrittenOrHeard() {
        var single = new ClusterNode("h2", "jdbc:h2:mem:x", "sa", "");
        var notices = new ChangeNotices(single, new JdbcTemplate(), new DataSourceTransactionManager(dataSource), Clock.systemUTC());
        notices.announce(ChangeKind.PROFILE, 1); // a JdbcTemplate without data source would throw if it were used
        var receiver = new ChangeReceiver(single, event -> { throw new AssertionError("nothing to hear on H2"); });
        receiver.start();

        assertThat(receiver.isRunning()).isFalse();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from cluster_change", Long.class)).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(RequiresPostgres.URL, RequiresPostgres.USER, RequiresPostgres.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
