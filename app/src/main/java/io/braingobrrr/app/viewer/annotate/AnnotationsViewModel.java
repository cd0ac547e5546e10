package io.braingobrrr.app.viewer.annotate;

import io.braingobrrr.app.report.Times;
import io.braingobrrr.app.tasks.Background;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.Annotation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The annotations of one open recording and the actions on them: add (a preset armed by its key, then a
 * click for a point or a drag for a duration), edit the selected one's text, onset and duration, delete,
 * export EDF+. Storage calls run on {@code background}; the list changes on the FX thread when they are done.
 */
public final class AnnotationsViewModel {
    private final AnnotationBook book;
    private final Background tasks;
    private final ObservableList<AnnotationEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<EventType> armed = new SimpleObjectProperty<>();
    private final ObjectProperty<AnnotationEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty editText = new SimpleStringProperty("");
    private final StringProperty editOnset = new SimpleStringProperty("");
    private final StringProperty editDuration = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public AnnotationsViewModel(AnnotationBook book, Executor background, Executor fxThread) {
        this.book = book;
        this.tasks = new Background(background, fxThread);
        selected.addListener((o, a, e) -> {
            editText.set(e == null ? "" : e.text());
            editOnset.set(e == null ? "" : seconds(e.onsetSeconds()));
            editDuration.set(e == null || !e.annotation().hasDuration() ? "" : seconds(e.annotation().durationSeconds()));
        });
        run("Reading annotations", book::list, entries::setAll);
    }

    /**
     * A click (from == to) or drag in the traces with a preset armed: a point or a duration annotation.
     * CUSTOM needs {@code customText}; returns false when nothing is armed (the click was only a click).
     */
    public boolean addArmed(double fromSeconds, double toSeconds, String customText) {
        EventType type = armed.get();
        if (type == null) return false;
        String text = type == EventType.CUSTOM ? customText : type.text();
        if (text == null || text.isBlank()) return false;
        double from = Math.min(fromSeconds, toSeconds);
        double duration = Math.abs(toSeconds - fromSeconds);
        add(new Annotation(from, duration > 0 ? duration : Double.NaN, text));
        return true;
    }

    public void add(Annotation a) {
        run("Adding '" + a.text() + "'", () -> book.add(a), e -> {
            entries.add(insertionPoint(e.onsetSeconds()), e);
            status.set("Added '" + e.text() + "' at " + Times.clock(e.onsetSeconds()) + " (" + book.where() + ")");
        });
    }

    /** Saves the edit fields into the selected annotation; bad fields are named in the status line. */
    public void saveEdit() {
        AnnotationEntry e = selected.get();
        if (e == null) {
            status.set("Select an annotation to change");
            return;
        }
        Annotation changed;
        try {
            double onset = parse(editOnset.get(), "onset");
            double duration = editDuration.get().isBlank() ? Double.NaN : parse(editDuration.get(), "duration");
            changed = new Annotation(onset, duration, editText.get());
        } catch (IllegalArgumentException ex) {
            status.set(ex.getMessage());
            return;
        }
        run("Changing '" + e.text() + "'", () -> book.update(e, changed), updated -> {
            entries.remove(indexOf(e));
            entries.add(insertionPoint(updated.onsetSeconds()), updated);
            selected.set(updated);
            status.set("Changed '" + updated.text() + "'");
        });
    }

    public void deleteSelected() {
        AnnotationEntry e = selected.get();
        if (e == null) return;
        run("Deleting '" + e.text() + "'", () -> {
            book.delete(e);
            return e;
        }, gone -> {
            entries.remove(indexOf(gone));
            selected.set(null);
            status.set("Deleted '" + gone.text() + "'");
        });
    }

    /** Writes the recording with every annotation as EDF+ (.edf) or BDF+ (.bdf). */
    public void export(Path out) {
        run("Exporting " + out.getFileName(), () -> book.export(out),
                (EdfWriter.Result r) -> status.set("Exported " + r.path().getFileName() + " (" + r.format().label() + ", "
                        + entries.size() + " annotations)"));
    }

    private int indexOf(AnnotationEntry e) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).id() == e.id()) return i;
        return -1;
    }

    private int insertionPoint(double onset) {
        int i = 0;
        while (i < entries.size() && entries.get(i).onsetSeconds() <= onset) i++;
        return i;
    }

    private static double parse(String text, String field) {
        try {
            double v = 0;
            for (String part : text.strip().split(":")) v = v * 60 + Double.parseDouble(part);   // s or h:mm:ss
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a time: '" + text + "' (seconds or h:mm:ss)");
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private <T> void run(String what, Background.Work<T> work, Consumer<T> done) {
        tasks.run(work, done, message -> status.set(what + " failed: " + message));
    }

    public ObservableList<AnnotationEntry> entries() {
        return entries;
    }

    public ObjectProperty<EventType> armedProperty() {
        return armed;
    }

    public ObjectProperty<AnnotationEntry> selectedProperty() {
        return selected;
    }

    public StringProperty editTextProperty() {
        return editText;
    }

    public StringProperty editOnsetProperty() {
        return editOnset;
    }

    public StringProperty editDurationProperty() {
        return editDuration;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public String where() {
        return book.where();
    }
}
