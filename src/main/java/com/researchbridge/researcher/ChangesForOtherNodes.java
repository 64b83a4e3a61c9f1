package com.researchbridge.researcher;

import com.researchbridge.cluster.ChangeKind;
import com.researchbridge.cluster.ChangeNotices;
import com.researchbridge.researcher.topic.TopicChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Profile and topic changes are announced to the other nodes in the changing transaction (synchronous listeners:
 * the notice is written just before that transaction commits, and never when it rolls back).
 */
@Component
class ChangesForOtherNodes {

    private final ChangeNotices notices;

    ChangesForOtherNodes(ChangeNotices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(ResearcherProfileChanged event) {
        notices.announce(ChangeKind.PROFILE, event.account().value());
    }

    @EventListener
    void on(TopicChanged event) {
        notices.announce(ChangeKind.TOPIC, event.owner().value());
    }
}
