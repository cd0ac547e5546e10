package io.braingobrrr.app.analysis;

import io.braingobrrr.analysis.jobs.Priority;
import io.braingobrrr.core.store.ResultStore;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/**
 * One analysis in the job list. Its cells are properties updated in place on each poll, so the table keeps
 * its selection and the progress bar moves instead of the row being replaced.
 */
public final class JobRow {
    private final long id;
    private final long recordingId;
    private final String type;
    private final String priority;
    private final StringProperty recording = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty percent = new SimpleStringProperty();
    private final StringProperty stage = new SimpleStringProperty();
    private final StringProperty started = new SimpleStringProperty();
    private final StringProperty finished = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();

    JobRow(ResultStore.Listed listed, String recordingTitle) {
        ResultStore.Analysis a = listed.analysis();
        this.id = a.id();
        this.recordingId = a.recordingId();
        this.type = a.type();
        this.priority = priorityName(a.priority());
        update(listed, recordingTitle);
    }

    /** The stored priority is the {@link Priority} ordinal (what AnalysisService writes). */
    static String priorityName(int ordinal) {
        Priority[] all = Priority.values();
        return ordinal >= 0 && ordinal < all.length ? all[ordinal].name().toLowerCase(Locale.ROOT) : Integer.toString(ordinal);
    }

    void update(ResultStore.Listed listed, String recordingTitle) {
        ResultStore.Analysis a = listed.analysis();
        recording.set(recordingTitle);
        status.set(a.status());
        // A completed job shows 100 % even though the row's progress was last written in a 2 % step.
        double p = a.status().equals("completed") ? 1 : a.progress();
        progress.set(p);
        percent.set(Math.round(p * 100) + " %");
        stage.set(a.stage() == null ? "" : a.stage());
        started.set(time(listed.startedAt()));
        finished.set(time(listed.finishedAt()));
        error.set(a.error() == null ? "" : a.error());
    }

    private static String time(String iso) {
        return iso == null ? "" : iso.replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z");
    }

    public boolean active() {
        return status.get().equals("queued") || status.get().equals("running");
    }

    public long id() {
        return id;
    }

    public long recordingId() {
        return recordingId;
    }

    public String type() {
        return type;
    }

    public String priority() {
        return priority;
    }

    public StringProperty recordingProperty() {
        return recording;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public StringProperty startedProperty() {
        return started;
    }

    public StringProperty finishedProperty() {
        return finished;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
