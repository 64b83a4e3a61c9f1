package com.researchbridge.onboarding.ui;

import com.researchbridge.onboarding.Progress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
        Progress progress = (done, total) -> handOver(ui, () -> onProgress.update(done, total));
        Runnable job = () -> {
            try {
                T result;
                try {
                    result = work.apply(progress);
                } catch (RuntimeException e) {
                    handOver(ui, () -> {
                        ui.setPollInterval(-1);
                        onFailure.accept(e);
                    });
                    return;
                }
                handOver(ui, () -> {
                    ui.setPollInterval(-1);
                    onDone.accept(result);
                });
            } finally {
                finished.complete(null);
            }
        };
        Thread.ofVirtual().name("onboarding-job")
                .start(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
        return finished;
    }

    private static void handOver(UI ui, Runnable uiWork) {
        try {
            ui.access(uiWork::run);
        } catch (UIDetachedException userLeft) {
            // The page was closed while the work ran: nobody to tell (a finished import is committed all the same).
        }
    }
}
