package com.researchbridge.cluster;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node: its name (for the origin of changes, so that a node does not re-apply its own) and whether there can
 * be other nodes at all, which is the case only on PostgreSQL.
 */
@Component
class ClusterNode {

    /** The one channel every node listens on; payloads are change numbers, a hint to read the table. */
    static final String CHANNEL = "researchbridge_changes";

    private final String name;
    private final boolean shared;
    private final String url;
    private final String user;
    private final String password;

    ClusterNode(@Value("${researchbridge.cluster.node-name:}") String name,
                @Value("${spring.datasource.url}") String url,
                @Value("${spring.datasource.username:}") String user,
                @Value("${spring.datasource.password:}") String password) {
        // A fresh name per start: a restarted node has rebuilt its indexes from the database anyway.
        this.name = (name.isBlank() ? "node" : name.strip()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.url = url;
        this.user = user;
        this.password = password;
        this.shared = url.startsWith("jdbc:postgresql:");
    }

    String name() {
        return name;
    }

    /** True on PostgreSQL, where other nodes may share the database. */
    boolean shared() {
        return shared;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }
}
