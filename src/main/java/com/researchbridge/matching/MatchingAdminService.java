package com.researchbridge.matching;

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

    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus status() {
        return index.status();
    }

    /** Starts a full rebuild in the background; the returned future completes when it is done. */
    @PreAuthorize("hasRole('ADMIN')")
    public Future<?> rebuild() {
        return index.requestRebuild();
    }

    /** Runs the proposal batch now and returns how many collaborations it proposed. */
    @PreAuthorize("hasRole('ADMIN')")
    public int proposeCollaborations() {
        return batch.run();
    }
}
