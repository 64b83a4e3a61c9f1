package com.researchbridge.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the other nodes' changes and publishes each as {@link RemoteChange} on this node, once and in commit order.
 * One dedicated connection (outside the pool) runs {@code LISTEN}; a notice only says "read the table": the node
 * reads the changes after the last number it applied, in number order, so duplicated, reordered or lost notices
 * change nothing. It also reads the table every few seconds and after reconnecting, so a notice missed while the
 * connection was down is caught up. Started before the indexes are built, from the newest change then: whatever
 * commits later is applied, possibly on top of a build that already saw it (applying is re-reading, so harmless).
 */
@Component
class ChangeReceiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeReceiver.class);
    static final int WAIT_MILLIS = 500;
    static final long POLL_MILLIS = 5_000;
    static final long PRUNE_MILLIS = 10 * 60_000;
    static final int BATCH = 1_000;

    private final ClusterNode node;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile long applied = -1;
    private volatile boolean connected;

    ChangeReceiver(ClusterNode node, ApplicationEventPublisher events) {
        this.node = node;
        this.events = events;
    }

    @Override
    public void start() {
        if (!node.shared() || running) {
            return;
        }
        running = true;
        var listener = new Thread(this::listen, "cluster-changes");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        var listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The number of the last change applied (-1 before the first connection). */
    long applied() {
        return applied;
    }

    /** Whether the listening connection is up (on H2: there is nothing to listen to). */
    boolean connected() {
        return connected;
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (var connection = DriverManager.getConnection(node.url(), node.user(), node.password())) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + ClusterNode.CHANNEL);
                }
                if (applied < 0) {
                    applied = newest(connection);
                    log.info("Node {} listens for changes of other nodes after change {}", node.name(), applied);
                }
                connected = true;
                backoff = 500;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (running) {
                    log.warn("Listening for other nodes' changes failed ({}); retrying in {} ms", e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
        connected = false;
    }

    private void receive(Connection connection) throws SQLException {
        var pg = connection.unwrap(PGConnection.class);
        long lastRead = 0;
        long lastPrune = System.currentTimeMillis();
        catchUp(connection);
        while (running) {
            var notices = pg.getNotifications(WAIT_MILLIS);
            long now = System.currentTimeMillis();
            if ((notices != null && notices.length > 0) || now - lastRead >= POLL_MILLIS) {
                catchUp(connection);
                lastRead = now;
            }
            if (now - lastPrune >= PRUNE_MILLIS) {
                prune(connection);
                lastPrune = now;
            }
        }
    }

    /** Applies every change after the last applied one, in number (= commit) order; this node's own are skipped. */
    void catchUp(Connection connection) throws SQLException {
        List<Row> rows;
        do {
            rows = read(connection, applied);
            for (var row : rows) {
                if (row.kind() != null && !row.origin().equals(node.name())) {
                    try {
                        events.publishEvent(new RemoteChange(row.seq(), row.kind(), row.ref()));
                    } catch (RuntimeException e) {
                        // The indexes log and repair their own failures; one bad change must not stop the others.
                        log.error("Applying change {} of another node failed", row.seq(), e);
                    }
                }
                applied = row.seq();
            }
        } while (rows.size() == BATCH && running);
    }

    private static List<Row> read(Connection connection, long after) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select seq, kind, ref, origin from cluster_change where seq > ? order by seq limit " + BATCH)) {
            statement.setLong(1, after);
            try (var rs = statement.executeQuery()) {
                var rows = new ArrayList<Row>();
                while (rs.next()) {
                    ChangeKind kind;
                    try {
                        kind = ChangeKind.valueOf(rs.getString(2));
                    } catch (IllegalArgumentException e) {
                        kind = null; // written by a newer node: skipped, but counted as read
                    }
                    rows.add(new Row(rs.getLong(1), kind, rs.getLong(3), rs.getString(4)));
                }
                return rows;
            }
        }
    }

    private static long newest(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("select coalesce(max(seq), 0) from cluster_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void prune(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("delete from cluster_change where changed_at < current_timestamp - interval '1 day'");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(long seq, ChangeKind kind, long ref, String origin) {
    }
}
