package io.braingobrrr.app.viewer.findings;

import io.braingobrrr.app.analysis.Analyses;
import io.braingobrrr.app.analysis.AnalysisJobsViewModel;
import io.braingobrrr.app.analysis.StoredFindings;
import io.braingobrrr.app.tasks.Background;
import io.braingobrrr.app.viewer.hypnogram.HypnogramViewModel;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.store.ResultStore;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The findings panel of one stored recording: the latest stored analysis results (quality control, screening as
 * decision support, spikes/seizures/artifacts as a list that moves the trace), their marks on the traces and the
 * overview bar, their staging for the hypnogram; and "Analyse" to queue a new analysis on the shared job queue,
 * with its progress until it ends and the panel reloads. Services check permissions and audit.
 */
public final class FindingsViewModel implements AutoCloseable {
    private final TraceViewModel trace;
    private final HypnogramViewModel hypnogram;
    private final Analyses analyses;
    private final Subject subject;
    private final long recordingId;
    private final Background tasks;
    private final StringProperty grade = new SimpleStringProperty("—");
    private final StringProperty usable = new SimpleStringProperty("—");
    private final StringProperty artifactShare = new SimpleStringProperty("—");
    private final StringProperty screening = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("quick");
    private final StringProperty priority = new SimpleStringProperty("normal");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty jobStatus = new SimpleStringProperty("");
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final ObservableList<StoredFindings.ChannelStatus> channels = FXCollections.observableArrayList();
    private final ObservableList<StoredFindings.Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<String> screeningFindings = FXCollections.observableArrayList();
    private final Timeline poller = new Timeline(new KeyFrame(Duration.millis(400), e -> pollJob()));
    private long jobId = -1;
    private boolean polling;

    public FindingsViewModel(TraceViewModel trace, HypnogramViewModel hypnogram, Analyses analyses, Subject subject,
                             long recordingId, Executor background, Executor fxThread) {
        this.trace = trace;
        this.hypnogram = hypnogram;
        this.analyses = analyses;
        this.subject = subject;
        this.recordingId = recordingId;
        this.tasks = new Background(background, fxThread);
        poller.setCycleCount(Animation.INDEFINITE);
    }

    /** Reads the recording's latest stored results. */
    public void load() {
        tasks.run(() -> StoredFindings.of(analyses.results().latestOfRecording(subject, recordingId)), this::show,
                m -> message.set("Cannot read the analysis results: " + m));
    }

    private void show(StoredFindings f) {
        StoredFindings.Quality q = f.quality();
        grade.set(q == null ? "—" : q.grade() == null ? "not judged" : q.grade().toLowerCase(Locale.ROOT));
        usable.set(q == null || q.usablePercent() == null ? "—" : String.format(Locale.ROOT, "%.1f %%", q.usablePercent()));
        artifactShare.set(q == null ? "—" : String.format(Locale.ROOT, "%.1f %% (%s)", 100 * q.anyArtifactShare(),
                q.artifactShares().isEmpty() ? "none" : String.join(", ", q.artifactShares())));
        channels.setAll(q == null ? java.util.List.of() : q.channels());
        findings.setAll(f.findings());
        StoredFindings.Screening s = f.screening();
        screening.set(s == null ? "" : String.format(Locale.ROOT, "%s (confidence %.2f); suggested triage: %s",
                s.abnormal() ? "Findings that may be abnormal" : "No abnormal findings flagged", s.confidence(),
                s.triage().toLowerCase(Locale.ROOT)));
        screeningFindings.setAll(s == null ? java.util.List.of() : s.findings());
        note.set(s == null ? "" : s.note());
        trace.findingMarks().setAll(f.findings().stream()
                .map(x -> new Annotation(x.onsetS(), x.offsetS() - x.onsetS(), x.describe())).toList());
        if (f.sleep() != null && hypnogram != null) {
            hypnogram.useAnalysisStaging(f.sleep().stages(), f.sleep().confidences(), f.sleep().algorithm(), f.sleep().analysisId());
        }
        if (!running.get()) {
            message.set(q == null ? "No analysis of this recording yet: choose a type and press Analyse"
                    : "Results of analysis " + q.analysisId());
        }
    }

    /** Queues an analysis of this recording with the chosen type and priority and follows it until it ends. */
    public void analyse() {
        if (running.get()) return;
        String t = type.get();
        String p = priority.get();
        running.set(true);
        progress.set(0);
        tasks.run(() -> analyses.jobs().submit(subject, recordingId, t, p, null), a -> {
            jobId = a.id();
            jobStatus.set("analysis " + a.id() + " queued");
            message.set("Queued " + t + " analysis " + a.id() + " (" + p + ")");
            poller.play();
        }, m -> {
            running.set(false);
            message.set("Cannot queue the analysis: " + m);
        });
    }

    private void pollJob() {
        if (polling || jobId < 0) return;
        polling = true;
        long id = jobId;
        try {
            tasks.run(() -> analyses.jobs().status(subject, id).analysis(), this::follow, m -> {
                polling = false;
                message.set("Cannot read analysis " + id + ": " + m);
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            poller.stop();          // the window is closing and its background thread is gone
        }
    }

    private void follow(ResultStore.Analysis a) {
        polling = false;
        boolean ended = !a.status().equals("queued") && !a.status().equals("running");
        progress.set(a.status().equals("completed") ? 1 : a.progress());
        jobStatus.set(String.format(Locale.ROOT, "analysis %d %s %d %%%s", a.id(), a.status(), Math.round(progress.get() * 100),
                a.stage() == null || ended ? "" : ", " + a.stage()));
        if (!ended) return;
        poller.stop();
        running.set(false);
        jobId = -1;
        if (a.status().equals("completed")) load();
        else message.set("Analysis " + a.id() + " " + a.status() + (a.error() == null ? "" : ": " + a.error()));
    }

    /** A click on a finding: the page is centred on its onset. */
    public void jumpTo(StoredFindings.Finding f) {
        if (f != null) trace.goTo(f.onsetS() - trace.pageSecondsProperty().get() / 2);
    }

    public boolean mayAnalyse() {
        return subject.can(Permission.ANALYSES_WRITE);
    }

    public static java.util.List<String> types() {
        return AnalysisJobsViewModel.TYPES;
    }

    public static java.util.List<String> priorities() {
        return AnalysisJobsViewModel.PRIORITIES;
    }

    public ReadOnlyStringProperty gradeProperty() {
        return grade;
    }

    public ReadOnlyStringProperty usableProperty() {
        return usable;
    }

    public ReadOnlyStringProperty artifactShareProperty() {
        return artifactShare;
    }

    public ReadOnlyStringProperty screeningProperty() {
        return screening;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty priorityProperty() {
        return priority;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty jobStatusProperty() {
        return jobStatus;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ObservableList<StoredFindings.ChannelStatus> channels() {
        return channels;
    }

    public ObservableList<StoredFindings.Finding> findings() {
        return findings;
    }

    public ObservableList<String> screeningFindings() {
        return screeningFindings;
    }

    public long recordingId() {
        return recordingId;
    }

    /** Stops following the job (the tab closed); the job itself goes on, visible in "Analysis jobs". */
    @Override
    public void close() {
        poller.stop();
    }
}
