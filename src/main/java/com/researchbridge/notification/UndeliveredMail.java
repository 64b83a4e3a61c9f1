package com.researchbridge.notification;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What administrators see of e-mail that did not go out: the notices whose delivery failed at least once and
 * is still being retried, or whose retries are over. Read from the event publication registry, where those
 * notices wait (no message text or address is shown: the event holds them, the page does not need them).
 */
@Service
public class UndeliveredMail {

    /** As many tries as {@code base.EventRetry} makes: the first delivery and its resubmissions. */
    static final int MAX_ATTEMPTS = 5;
    private static final Pattern LISTENER = Pattern.compile("com\\.researchbridge\\.notification\\.(\\w+)\\.");

    private final JdbcClient db;

    UndeliveredMail(DataSource dataSource) {
        this.db = JdbcClient.create(dataSource);
    }

    /** The most recent undelivered notices, newest first, at most {@code limit}. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UndeliveredNotice> recent(int limit) {
        return db.sql("""
                        select listener_id, publication_date, completion_attempts, status from event_publication
                        where completion_date is null and listener_id like 'com.researchbridge.notification.%'
                          and (completion_attempts > 0 or status = 'FAILED')
                        order by publication_date desc fetch first ? rows only""")
                .param(Math.max(1, Math.min(limit, 500)))
                .query((rs, row) -> new UndeliveredNotice(kindKey(rs.getString("listener_id")),
                        instant(rs.getObject("publication_date")), rs.getInt("completion_attempts"),
                        rs.getInt("completion_attempts") >= MAX_ATTEMPTS))
                .list();
    }

    private static String kindKey(String listenerId) {
        var m = LISTENER.matcher(listenerId);
        return "mail.undelivered.kind." + (m.find() ? m.group(1) : "other");
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case OffsetDateTime t -> t.toInstant();
            case Timestamp t -> t.toInstant();
            case Instant t -> t;
            default -> Instant.parse(String.valueOf(value));
        };
    }
}
