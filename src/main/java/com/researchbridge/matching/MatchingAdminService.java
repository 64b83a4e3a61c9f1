package com.researchbridge.matching;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import java.util.concurrent.Future;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The administrator's controls of matching: index status, full rebuild, proposal batch on demand. */
@Service
public class MatchingAdminService {

    private final MatchingIndex index;
    private final ProposalBatch batch;

    MatchingAdminService(MatchingIndex index, ProposalBatch batch) {
        this.index = index;
        this.batch = batch;
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus status() {
        return index.status();
    }

    /** Starts a full rebuild in the background; the returned future completes when it is done. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Future<?> rebuild() {
        return index.requestRebuild();
    }

    /**
     * Runs the proposal batch now and returns how many collaborations it proposed (none while the batch is
     * running on another node of the cluster).
     */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public int proposeCollaborations() {
        return batch.runNow().orElse(0);
    }
}
