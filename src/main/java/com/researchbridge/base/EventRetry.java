package com.researchbridge.base;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Events whose listeners must not be lost ({@code @ApplicationModuleListener}, recorded in the event publication
 * table) are handed to their listener again when the listener failed (the mail server was down) or the node
 * stopped before it ran: at start-up and every minute, by one node of the cluster at a time (a lock in the
 * shared database, so that two nodes never send the same e-mail twice), for publications at least a minute old,
 * at most {@link #MAX_ATTEMPTS} times. After that the publication stays failed, for an administrator to see.
 */
@Configuration
@EnableAsync
class EventRetry {

    static final int MAX_ATTEMPTS = 5;
    static final Duration MIN_AGE = Duration.ofMinutes(1);
    static final String LOCK = "event-resubmission";

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    EventRetry(IncompleteEventPublications incomplete, LockingTaskExecutor locks, Clock clock) {
        this.incomplete = incomplete;
        this.locks = locks;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        resubmit();
    }

    @Scheduled(fixedDelayString = "${researchbridge.events.retry-every:PT1M}",
            initialDelayString = "${researchbridge.events.retry-every:PT1M}")
    void resubmit() {
        var now = clock.instant();
        try {
            locks.executeWithLock((Runnable) () -> incomplete.resubmitIncompletePublications(publication ->
                            publication.getCompletionAttempts() < MAX_ATTEMPTS
                                    && publication.getPublicationDate().isBefore(now.minus(MIN_AGE))),
                    new LockConfiguration(now, LOCK, Duration.ofMinutes(10), Duration.ZERO));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete event publications failed; next try in a minute: {}", e.toString());
        }
    }
}
