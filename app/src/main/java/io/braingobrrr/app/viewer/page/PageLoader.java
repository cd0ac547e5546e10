package io.braingobrrr.app.viewer.page;

import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.DerivedSignals;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a recording, a montage and the display filters into {@link TracePage}s: derived values in µV
 * for the page's time span, plus the annotations that fall in it. One instance per open view (it
 * reuses its buffers, so it serves one thread at a time).
 */
public final class PageLoader {
    private final SignalSource source;
    private final DerivedSignals derived;
    private final List<String> labels;
    private float[][] buffer;

    public PageLoader(SignalSource source, Montage montage) {
        this.source = source;
        this.derived = new DerivedSignals(source, montage);
        this.labels = derived.channels().stream().map(DerivedSignals.Channel::label).toList();
    }

    public List<String> labels() {
        return labels;
    }

    /** Derivations of the montage this recording cannot show (missing electrodes, mixed rates). */
    public List<String> skipped() {
        return derived.skipped();
    }

    public double durationSeconds() {
        return source.durationSeconds();
    }

    /**
     * The page [{@code from}, + {@code seconds}). The returned page's value arrays are reused by the
     * next call; copy them to keep a page.
     */
    public TracePage load(double from, double seconds) {
        buffer = derived.readPage(from, seconds, buffer);
        List<TracePage.Mark> marks = new ArrayList<>();
        for (Annotation a : source.annotations()) {
            if (a.onsetSeconds() >= from && a.onsetSeconds() < from + seconds) {
                marks.add(new TracePage.Mark(a.onsetSeconds(), a.text()));
            }
        }
        return new TracePage(labels, buffer, from, seconds, source.startTime(), marks);
    }
}
