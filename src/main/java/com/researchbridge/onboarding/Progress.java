package com.researchbridge.onboarding;

/** Told how far a long check or import has come, so the page can show a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(int done, int total);
}
