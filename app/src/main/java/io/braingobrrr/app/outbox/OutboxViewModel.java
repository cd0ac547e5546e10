package io.braingobrrr.app.outbox;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncAdmin;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.DestinationSummary;
import io.braingobrrr.sync.outbox.OutboxEntry;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The sync queue panel: destinations with their counts (and paused flag) and the queue rows with status,
 * attempts, last error and next attempt; retry, redeliver, pause and resume. Database work runs on
 * {@code background}; results come back through {@code fxThread}. Rules live in {@link SyncAdmin}.
 */
public final class OutboxViewModel {
    private static final int ROWS = 500;

    private final SyncAdmin admin;
    private final Subject by;
    private final Executor background;
    private final Executor fxThread;
    private final ObservableList<OutboxEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<DestinationSummary> destinations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public OutboxViewModel(SyncAdmin admin, Subject by, Executor background, Executor fxThread) {
        this.admin = admin;
        this.by = by;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** The panel of the local operator (whoever runs the workstation holds the database file). */
    public static OutboxViewModel forDatabase(Database db, Executor background, Executor fxThread) {
        return forDatabase(db, Subject.local("gui", "localhost"), background, fxThread);
    }

    /** The panel of {@code by}; SyncAdmin refuses those without sync_manage. */
    public static OutboxViewModel forDatabase(Database db, Subject by, Executor background, Executor fxThread) {
        return new OutboxViewModel(new SyncAdmin(SyncServices.create(db), new AuditTrail(db)), by, background, fxThread);
    }

    public ObservableList<OutboxEntry> rows() {
        return rows;
    }

    public ObservableList<DestinationSummary> destinations() {
        return destinations;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void refresh() {
        run("Loading the sync queue", () -> {
            List<DestinationSummary> d = admin.destinations(by);
            Page<OutboxEntry> p = admin.queue(by, null, null, 1, ROWS);
            return () -> {
                destinations.setAll(d);
                rows.setAll(p.items());
                long pending = d.stream().mapToLong(DestinationSummary::pending).sum();
                long dead = d.stream().mapToLong(DestinationSummary::dead).sum();
                message.set(pending + " pending, " + dead + " dead-lettered" + (p.total() > ROWS ? " (first " + ROWS + " rows shown)" : ""));
            };
        });
    }

    public void retry(OutboxEntry e) {
        if (e == null) return;
        act("Retry row " + e.id(), () -> admin.retry(by, e.id()));
    }

    public void redeliver(OutboxEntry e) {
        if (e == null) return;
        act("Redeliver row " + e.id(), () -> admin.redeliver(by, e.id()));
    }

    /** Pauses the destination if it is running, resumes it if it is paused. */
    public void togglePause(String destination) {
        if (destination == null) return;
        boolean paused = destinations.stream().anyMatch(d -> d.name().equals(destination) && d.paused());
        act((paused ? "Resume " : "Pause ") + destination, () -> admin.pause(by, destination, !paused));
    }

    private void act(String what, Runnable action) {
        run(what, () -> {
            action.run();
            return () -> refresh();
        });
    }

    /** Runs {@code work} in the background; its result runs on the FX thread; a refusal becomes the message. */
    private void run(String what, Supplier<Runnable> work) {
        background.execute(() -> {
            try {
                Runnable onFx = work.get();
                fxThread.execute(onFx);
            } catch (RuntimeException e) {
                fxThread.execute(() -> message.set(what + " failed: " + e.getMessage()));
            }
        });
    }
}
