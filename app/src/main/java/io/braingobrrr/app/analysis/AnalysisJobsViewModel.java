package io.braingobrrr.app.analysis;

import io.braingobrrr.analysis.jobs.Priority;
import io.braingobrrr.app.tasks.Background;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.ResultStore;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;

/**
 * The "Analysis jobs" tab: every analysis in the database newest first (started here, through the API or by
 * another user), refreshed twice a second from the rows the job queue mirrors its state into; queue an analysis
 * of a recording with a type and priority, cancel a queued or running one, run a finished one again. The
 * analysis service checks permissions and writes the audit rows; this only calls it off the FX thread.
 */
public final class AnalysisJobsViewModel implements AutoCloseable {
    /** The seed API's types the workstation offers ("custom" only picks one of these, so it is not offered). */
    public static final List<String> TYPES = List.of("quick", "standard", "comprehensive");
    public static final List<String> PRIORITIES = java.util.Arrays.stream(Priority.values())
            .map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    static final int SHOWN = 200;

    /** The recording an analysis would be queued for. */
    public record Target(long recordingId, String title) {
    }

    private final Analyses analyses;
    private final Subject subject;
    private final Background tasks;
    private final LongFunction<String> recordingTitles;
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final Map<Long, JobRow> byId = new HashMap<>();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty type = new SimpleStringProperty("quick");
    private final StringProperty priority = new SimpleStringProperty("normal");
    private final StringProperty message = new SimpleStringProperty("");
    private final Timeline poller = new Timeline(new KeyFrame(Duration.millis(500), e -> poll()));
    private boolean polling;
    private java.util.function.LongConsumer onCompleted = id -> { };

    /** @param recordingTitles what the recording column says for an id (the worklist's patient, or just the id) */
    public AnalysisJobsViewModel(Analyses analyses, Subject subject, Executor background, Executor fxThread,
                                 LongFunction<String> recordingTitles) {
        this.analyses = analyses;
        this.subject = subject;
        this.tasks = new Background(background, fxThread);
        this.recordingTitles = recordingTitles;
        poller.setCycleCount(Animation.INDEFINITE);
    }

    /** The recording column names a recording as the worklist does ("12 Demo Patient"), or by its id when not listed. */
    public static AnalysisJobsViewModel forWorklist(Analyses analyses, Subject subject, Executor background, Executor fxThread,
                                                    List<io.braingobrrr.app.recordings.WorklistEntry> worklist) {
        return new AnalysisJobsViewModel(analyses, subject, background, fxThread, id -> worklist.stream().filter(e -> e.id() == id)
                .findFirst().map(e -> id + " " + e.patient()).orElse(Long.toString(id)));
    }

    /** Starts the live refresh (the tab is showing). */
    public void start() {
        poll();
        poller.play();
    }

    /** Reads the job rows once; a poll still running makes this one a no-op rather than a queue of them. */
    public void poll() {
        if (polling) return;
        polling = true;
        try {
            tasks.run(() -> analyses.jobs().list(subject, null, SHOWN), listed -> {
                polling = false;
                show(listed);
            }, m -> {
                polling = false;
                message.set("Cannot read the analysis jobs: " + m);
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            poller.stop();          // the window is closing and its background thread is gone
        }
    }

    private void show(List<ResultStore.Listed> listed) {
        for (int i = 0; i < listed.size(); i++) {
            ResultStore.Listed l = listed.get(i);
            String title = recordingTitles.apply(l.analysis().recordingId());
            JobRow row = byId.get(l.analysis().id());
            if (row != null) {
                boolean wasActive = row.active();
                row.update(l, title);
                if (wasActive && l.analysis().status().equals("completed")) onCompleted.accept(row.recordingId());
                continue;
            }
            row = new JobRow(l, title);
            byId.put(row.id(), row);
            rows.add(Math.min(i, rows.size()), row);      // newest first, as listed
        }
    }

    /** Called with the recording id when a job seen running here completes (open findings panels reload). */
    public void setOnCompleted(java.util.function.LongConsumer onCompleted) {
        this.onCompleted = onCompleted;
    }

    /** Chooses the recording "Queue" analyses (the worklist's "Analyse..." sets it). */
    public void analyse(long recordingId) {
        target.set(new Target(recordingId, recordingTitles.apply(recordingId)));
        message.set("Choose the type and priority, then Queue");
    }

    /** Queues an analysis of the chosen recording with the chosen type and priority. */
    public void queue() {
        Target t = target.get();
        if (t == null) {
            message.set("Choose a recording first: select it in the worklist and press Analyse...");
            return;
        }
        submit(t.recordingId(), type.get(), priority.get());
    }

    /** Runs a finished (or failed, or cancelled) analysis again with the same type and priority. */
    public void rerun(JobRow row) {
        if (row == null) return;
        submit(row.recordingId(), row.type(), row.priority());
    }

    private void submit(long recordingId, String t, String p) {
        tasks.run(() -> analyses.jobs().submit(subject, recordingId, t, p, null), a -> {
            message.set("Queued " + t + " analysis " + a.id() + " of recording " + recordingId + " (" + p + ")");
            poll();
        }, m -> message.set("Cannot queue the analysis: " + m));
    }

    /** Cancels a queued or running job: the job's stage loop stops at its next check and the row says cancelled. */
    public void cancel(JobRow row) {
        if (row == null) return;
        if (!row.active()) {
            message.set("Analysis " + row.id() + " has already ended (" + row.statusProperty().get() + ")");
            return;
        }
        tasks.run(() -> analyses.jobs().cancel(subject, row.id()), a -> {
            message.set("Cancelling analysis " + row.id());
            poll();
        }, m -> message.set("Cannot cancel analysis " + row.id() + ": " + m));
    }

    /** True while the list refreshes itself. */
    public boolean live() {
        return poller.getStatus() == Animation.Status.RUNNING;
    }

    /** Only users who may start analyses get the queue, cancel and re-run buttons; the service checks again. */
    public boolean mayStart() {
        return subject.can(Permission.ANALYSES_WRITE);
    }

    public ObservableList<JobRow> rows() {
        return rows;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty priorityProperty() {
        return priority;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Stops the live refresh (the tab was closed); the jobs themselves keep running. */
    @Override
    public void close() {
        poller.stop();
    }
}
