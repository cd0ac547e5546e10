package io.braingobrrr.app.tasks;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Work that touches files or the database runs on the background executor; its result, or its failure as
 * one line, comes back on the FX thread's executor. The one way the view models run such calls.
 */
public final class Background {
    /** A call that may throw. */
    public interface Work<T> {
        T call() throws Exception;
    }

    private final Executor background;
    private final Executor fxThread;

    public Background(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    public <T> void run(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        background.execute(() -> {
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
