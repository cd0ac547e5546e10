package io.braingobrrr.app.signin;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

import java.util.function.LongSupplier;

/**
 * Locks the workstation after the installation's idle time without a key press, click or mouse move in
 * the window (the idle_lock_seconds setting, 15 minutes by default). Checks a few times per idle period
 * rather than restarting a timer on every mouse move.
 */
public final class IdleLock {
    private final ShellViewModel shell;
    private final LongSupplier nanoClock;
    private volatile long lastActivity;
    private final Timeline check;

    private IdleLock(ShellViewModel shell, LongSupplier nanoClock) {
        this.shell = shell;
        this.nanoClock = nanoClock;
        this.lastActivity = nanoClock.getAsLong();
        double periodMs = Math.max(200, Math.min(5_000, shell.idleLock().toMillis() / 4.0));
        this.check = new Timeline(new KeyFrame(Duration.millis(periodMs), e -> checkIdle()));
        check.setCycleCount(Animation.INDEFINITE);
    }

    /** Watches every input event of {@code scene} (before any control consumes it) and starts checking. */
    public static IdleLock install(Scene scene, ShellViewModel shell) {
        IdleLock lock = new IdleLock(shell, System::nanoTime);
        scene.addEventFilter(InputEvent.ANY, e -> lock.lastActivity = lock.nanoClock.getAsLong());
        // Signing in counts as activity: the idle time starts again for the new session.
        shell.screenProperty().addListener((obs, old, screen) -> lock.lastActivity = lock.nanoClock.getAsLong());
        lock.check.play();
        return lock;
    }

    public void stop() {
        check.stop();
    }

    private void checkIdle() {
        long idleNanos = nanoClock.getAsLong() - lastActivity;
        if (idleNanos >= shell.idleLock().toNanos()) shell.lock();
    }
}
