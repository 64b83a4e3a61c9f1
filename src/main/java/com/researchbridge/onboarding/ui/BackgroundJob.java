package com.researchbridge.onboarding.ui;

import com.researchbridge.onboarding.Progress;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a long check or import off the request thread, as the signed-in user, and hands progress and the outcome
 * back to the UI. The UI polls while the job runs (the application does not use server push).
 */
final class BackgroundJob {

    private static final int POLL_MILLIS = 400;

    private BackgroundJob() {
    }

    /** @return completes after the outcome has been handed to the UI (tests wait for it) */
    static <T> CompletableFuture<Void> start(UI ui, Function<Progress, T> work, Progress onProgress,
                                             Consumer<T> onDone, Consumer<RuntimeException> onFailure) {
        var finished = new CompletableFuture<Void>();
        ui.setPollInterval(POLL_MILLIS);
        Progress progress = (done, total) -> ui.access(() -> onProgress.update(done, total));
        Runnable job = () -> {
            try {
                T result = work.apply(progress);
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    onDone.accept(result);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    onFailure.accept(e);
                });
            } finally {
                finished.complete(null);
            }
        };
        Thread.ofVirtual().name("onboarding-job")
                .start(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
        return finished;
    }
}
