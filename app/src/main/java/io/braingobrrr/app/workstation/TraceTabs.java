package io.braingobrrr.app.workstation;

import io.braingobrrr.app.analysis.Analyses;
import io.braingobrrr.app.recordings.WorklistEntry;
import io.braingobrrr.app.settings.SettingsViewModel;
import io.braingobrrr.app.tasks.Background;
import io.braingobrrr.app.viewer.annotate.AnnotationBook;
import io.braingobrrr.app.viewer.annotate.AnnotationBooks;
import io.braingobrrr.app.viewer.montage.MontageCatalog;
import io.braingobrrr.app.viewer.review.ReviewPanelsViewModel;
import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.review.RecordingKey;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The main window's trace tabs: opening a file or a stored recording into a view (off the FX thread), the side
 * panels of each view, and closing them again. Each view keeps its signal source open until it is closed.
 */
final class TraceTabs {
    /** How the window runs work off the FX thread and reports it (its busy count and status line). */
    interface Runner {
        <T> void run(String what, Background.Work<T> work, Consumer<T> done);
    }

    private final RecordingStore store;
    private final ReviewServices review;
    private final SettingsViewModel settings;
    private final MontageCatalog catalog;
    private final Executor background;
    private final Executor fxThread;
    private final Runner runner;
    private final Consumer<String> status;
    private final ObservableList<TraceViewModel> openViews = FXCollections.observableArrayList();
    private final Map<TraceViewModel, String> recordingKeys = new HashMap<>();
    private final Map<TraceViewModel, ReviewPanelsViewModel> panels = new HashMap<>();
    private AnnotationBooks annotationBooks;
    private Analyses analyses;

    TraceTabs(RecordingStore store, ReviewServices review, SettingsViewModel settings, MontageCatalog catalog,
              Executor background, Executor fxThread, Runner runner, Consumer<String> status) {
        this.store = store;
        this.review = review;
        this.settings = settings;
        this.catalog = catalog;
        this.background = background;
        this.fxThread = fxThread;
        this.runner = runner;
        this.status = status;
    }

    /** With a database: annotations are kept in it and stored recordings show their analyses' findings. */
    void attach(AnnotationBooks books, Analyses analyses) {
        this.annotationBooks = books;
        this.analyses = analyses;
    }

    ObservableList<TraceViewModel> openViews() {
        return openViews;
    }

    void viewFile(Path file) {
        runner.run("Opening " + file.getFileName(), () -> {
            SignalSource source = RecordingReader.open(file);
            try {
                return new Opened(source, annotationBooks == null ? null : annotationBooks.forFile(file, source),
                        RecordingKey.of(file, source));
            } catch (IOException | RuntimeException e) {
                source.close();
                throw e;
            }
        }, opened -> {
            show(view(file.getFileName().toString(), opened), opened.key());
            status.accept("Opened " + file.getFileName() + "; annotations kept in " + opened.where());
        });
    }

    void viewTraces(WorklistEntry entry) {
        if (entry == null) {
            status.accept("Select a recording or open a file first");
            return;
        }
        runner.run("Opening recording " + entry.id(), () -> {
                    StoredRecording stored = store.open(entry.id());
                    return new Opened(stored, annotationBooks == null ? null : annotationBooks.forRecording(entry.id()),
                            RecordingKey.of(stored));
                },
                opened -> {
                    show(view(entry.id() + " " + entry.patient(), opened), opened.key());
                    status.accept("Opened recording " + entry.id());
                });
    }

    /** A new view starts with the user's settings and the shared montage catalog. */
    private void show(TraceViewModel view, String recordingKey) {
        view.useCatalog(catalog);
        if (settings != null) settings.applyTo(view);
        recordingKeys.put(view, recordingKey);
        openViews.add(view);
    }

    /** The side panels of an open view, or null when the workstation runs without review services. */
    ReviewPanelsViewModel panelsFor(TraceViewModel view) {
        if (review == null) return null;
        ReviewPanelsViewModel p = new ReviewPanelsViewModel(view, review, recordingKeys.get(view));
        if (analyses != null && view.source() instanceof StoredRecording stored) p.attachFindings(analyses, stored.id());
        panels.put(view, p);
        return p;
    }

    /** The open views' panels (to reload the findings of a recording whose analysis completed). */
    Stream<ReviewPanelsViewModel> panels() {
        return panels.values().stream();
    }

    void closeView(TraceViewModel view) {
        openViews.remove(view);
        recordingKeys.remove(view);
        ReviewPanelsViewModel p = panels.remove(view);
        if (p != null && p.findings() != null) p.findings().close();
        view.close();
    }

    /** What opening made off the FX thread: the signals, where annotations are kept, the key review choices are stored by. */
    private record Opened(SignalSource source, AnnotationBook book, String key) {
        String where() {
            return book == null ? "this view only" : book.where();
        }
    }

    private TraceViewModel view(String title, Opened o) {
        return o.book() == null ? new TraceViewModel(title, o.source())
                : new TraceViewModel(title, o.source(), o.book(), background, fxThread);
    }
}
