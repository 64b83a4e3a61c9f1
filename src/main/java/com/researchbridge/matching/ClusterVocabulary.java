package com.researchbridge.matching;

import com.researchbridge.base.AccountId;
import com.researchbridge.cluster.ChangeKind;
import com.researchbridge.cluster.ChangeNotices;
import com.researchbridge.cluster.RemoteChange;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The matching module's part in a cluster: a vocabulary edit is announced to the other nodes; another node's edit
 * reloads the vocabulary here first (before the search index, which reads through it, rebuilds: highest order) and
 * rebuilds the matching index; another node's profile change replaces that researcher's entry.
 */
@Component
class ClusterVocabulary {

    private final ChangeNotices notices;
    private final VocabularyStore store;
    private final MatchingIndex index;

    ClusterVocabulary(ChangeNotices notices, VocabularyStore store, MatchingIndex index) {
        this.notices = notices;
        this.store = store;
        this.index = index;
    }

    @EventListener
    void on(VocabularyEdited event) {
        notices.announce(ChangeKind.VOCABULARY, 0);
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(RemoteChange change) {
        switch (change.kind()) {
            case VOCABULARY -> {
                store.reload();
                index.requestRebuild();
            }
            case PROFILE -> index.changed(new AccountId(change.ref()));
            case TOPIC -> { } // topics are not part of matching
        }
    }
}
