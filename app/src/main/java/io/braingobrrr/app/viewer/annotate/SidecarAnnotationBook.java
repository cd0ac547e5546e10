package io.braingobrrr.app.viewer.annotate;

import io.braingobrrr.core.clinical.AnnotationService;
import io.braingobrrr.core.edf.EdfConverter;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.io.AnnotationSidecar;
import io.braingobrrr.core.io.WithAnnotations;
import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A file opened from disk: its own annotations (read-only) plus the reviewer's, which are written to the
 * sidecar on every change so closing the view, or a crash, loses nothing. Without a sidecar (null) the
 * reviewer's annotations live only as long as the view; {@link #where()} says so.
 */
public final class SidecarAnnotationBook implements AnnotationBook {
    private final SignalSource source;
    private final AnnotationSidecar sidecar;
    private final List<AnnotationEntry> own = new ArrayList<>();
    private final List<AnnotationEntry> added = new ArrayList<>();
    private long nextId = 1;

    public SidecarAnnotationBook(SignalSource source, AnnotationSidecar sidecar) throws IOException {
        this.source = source;
        this.sidecar = sidecar;
        for (Annotation a : source.annotations()) own.add(new AnnotationEntry(-(own.size() + 1), a, false));
        if (sidecar != null) for (Annotation a : sidecar.read()) added.add(new AnnotationEntry(nextId++, a, true));
    }

    @Override
    public synchronized List<AnnotationEntry> list() {
        List<AnnotationEntry> all = new ArrayList<>(own);
        all.addAll(added);
        all.sort(Comparator.comparingDouble(AnnotationEntry::onsetSeconds));
        return all;
    }

    @Override
    public synchronized AnnotationEntry add(Annotation a) throws IOException {
        AnnotationEntry e = new AnnotationEntry(nextId++, AnnotationService.check(a), true);
        added.add(e);
        save();
        return e;
    }

    @Override
    public synchronized AnnotationEntry update(AnnotationEntry entry, Annotation changed) throws IOException {
        int i = indexOf(entry);
        AnnotationEntry e = new AnnotationEntry(entry.id(), AnnotationService.check(changed), true);
        added.set(i, e);
        save();
        return e;
    }

    @Override
    public synchronized void delete(AnnotationEntry entry) throws IOException {
        added.remove(indexOf(entry));
        save();
    }

    private int indexOf(AnnotationEntry entry) {
        for (int i = 0; i < added.size(); i++) if (added.get(i).id() == entry.id()) return i;
        throw new IllegalArgumentException("'" + entry.text() + "' came with the file and cannot be changed; add a new annotation instead");
    }

    private void save() throws IOException {
        if (sidecar != null) sidecar.write(added.stream().map(AnnotationEntry::annotation).toList());
    }

    @Override
    public synchronized EdfWriter.Result export(Path out) throws IOException {
        if (!(source instanceof AbstractSignalSource base)) {
            throw new IOException("this kind of recording cannot be exported with annotations");
        }
        return EdfConverter.convert(new WithAnnotations(base, added.stream().map(AnnotationEntry::annotation).toList()), out);
    }

    @Override
    public String where() {
        return sidecar == null ? "this view only (not saved)" : sidecar.file().toString();
    }
}
