package io.braingobrrr.app.viewer.page;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.DerivedSignals;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a recording, a montage and the display filters into {@link TracePage}s: derived values in µV
 * for the page's time span, plus the annotations that fall in it. One instance per open view (it
 * reuses its buffers, so it serves one thread at a time).
 */
public final class PageLoader {
    private final SignalSource source;
    private final DerivedSignals derived;
    private final List<String> labels;
    private final DisplayFilter.Settings filters;
    /** One filter per sample rate (its coefficients depend on the rate). */
    private final Map<Double, DisplayFilter> filterByRate = new HashMap<>();
    private final Set<String> filterWarnings = new LinkedHashSet<>();
    private float[][] buffer;

    /** Unfiltered pages. */
    public PageLoader(SignalSource source, Montage montage) {
        this(source, montage, DisplayFilter.Settings.OFF);
    }

    /** Pages filtered by the analysis module's display filters (LFF, HFF, notch; zero-phase). */
    public PageLoader(SignalSource source, Montage montage, DisplayFilter.Settings filters) {
        this.source = source;
        this.derived = new DerivedSignals(source, montage);
        this.labels = derived.channels().stream().map(DerivedSignals.Channel::label).toList();
        this.filters = filters;
    }

    public DisplayFilter.Settings filters() {
        return filters;
    }

    /** Filters that could not apply at some signal's rate (e.g. HFF above Nyquist), as the filter says. */
    public List<String> filterWarnings() {
        return List.copyOf(filterWarnings);
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
        boolean off = filters.lffHz() == 0 && filters.hffHz() == 0 && filters.notchHz() == 0;
        buffer = off ? derived.readPage(from, seconds, buffer) : derived.readPage(from, seconds, buffer, this::readFiltered);
        List<TracePage.Mark> marks = new ArrayList<>();
        for (Annotation a : source.annotations()) {
            if (a.onsetSeconds() >= from && a.onsetSeconds() < from + seconds) {
                marks.add(new TracePage.Mark(a.onsetSeconds(), a.text()));
            }
        }
        return new TracePage(labels, buffer, from, seconds, source.startTime(), marks);
    }

    /** Source samples through the display filter (which reads its own margins around the page). */
    private void readFiltered(int signal, long first, float[] dst, int count) {
        double rate = source.signals().get(signal).sampleRateHz();
        DisplayFilter filter = filterByRate.computeIfAbsent(rate, r -> new DisplayFilter(filters, r));
        DisplayFilter.Page page = filter.page(source, signal, first, count);
        System.arraycopy(page.samples(), 0, dst, 0, count);
        filterWarnings.addAll(page.skipped());
    }
}
