package io.braingobrrr.app.viewer.review;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.review.ChannelLayoutService;
import io.braingobrrr.core.review.CustomMontageService;
import io.braingobrrr.core.review.SleepScoringService;
import io.braingobrrr.core.review.UserSettingsService;
import io.braingobrrr.core.store.Database;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the side panels need below them: who is reviewing, the core review services, and the two threads
 * (database and computation work in the background, results on the FX thread).
 */
public record ReviewServices(Subject subject, SleepScoringService scoring, ChannelLayoutService layouts,
                             CustomMontageService montages, UserSettingsService settings,
                             Executor background, Executor compute, Executor fxThread) {

    /** As the local operator (demo mode, tests). */
    public static ReviewServices forDatabase(Database db, Executor background, Executor fxThread) {
        return forDatabase(db, Subject.local("gui", "localhost"), background, fxThread);
    }

    /**
     * The panels act as {@code subject} (the signed-in user, or the local operator in the demo). Long computations (staging a night, a
     * spectrogram) get a thread of their own so that they never queue the database work behind them.
     */
    public static ReviewServices forDatabase(Database db, Subject subject, Executor background, Executor fxThread) {
        AuditTrail trail = new AuditTrail(db);
        Executor compute = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "brrr-review-compute");
            t.setDaemon(true);
            return t;
        });
        return new ReviewServices(subject, new SleepScoringService(db, trail),
                new ChannelLayoutService(db, trail), new CustomMontageService(db, trail), new UserSettingsService(db),
                background, compute, fxThread);
    }

    /** Work returning a value, run in the background. */
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Runs database {@code work} in the background; its result or its error message comes back on the FX thread. */
    public <T> void run(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        on(background, work, done, failed);
    }

    /** As {@link #run}, on the computation thread. */
    public <T> void compute(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        on(compute, work, done, failed);
    }

    private <T> void on(Executor executor, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        executor.execute(() -> {
            try {
                T result = work.call();
                fxThread.execute(() -> done.accept(result));
            } catch (Exception | Error e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fxThread.execute(() -> failed.accept(message));
            }
        });
    }
}
