package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.report.Times;
import io.braingobrrr.app.viewer.montage.MontageCatalog;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.montage.ChannelLayout;
import io.braingobrrr.app.viewer.annotate.AnnotationBook;
import io.braingobrrr.app.viewer.annotate.AnnotationEntry;
import io.braingobrrr.app.viewer.annotate.AnnotationsViewModel;
import io.braingobrrr.app.viewer.annotate.SidecarAnnotationBook;
import io.braingobrrr.app.viewer.measure.PagePoint;
import io.braingobrrr.app.viewer.measure.Probe;
import io.braingobrrr.app.viewer.page.PageCache;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * State and actions of one open recording's trace view: page position, montage, sensitivity, page
 * length, display filters; it renders each page into a {@link PageImage} (same renderer as the screenshot
 * command) and bumps {@link #frameProperty()} so the view copies the pixels. Runs on the FX thread: pages
 * come filtered from a {@link PageCache} that prepares the neighbours in the background, so a flip only
 * draws (see `brrr bench render`). Annotations are in {@link #annotationEditor()}, measurements here.
 */
public final class TraceViewModel implements AutoCloseable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String title;
    private final SignalSource source;
    private final DoubleProperty pageStart = new SimpleDoubleProperty(0);
    private final ObjectProperty<String> montage = new SimpleObjectProperty<>(StandardMontages.AS_RECORDED);
    private final ObjectProperty<Double> sensitivity = new SimpleObjectProperty<>(DisplaySettings.DEFAULT_SENSITIVITY);
    private final ObjectProperty<Double> pageSeconds = new SimpleObjectProperty<>(DisplaySettings.DEFAULT_PAGE_SECONDS);
    private final ObjectProperty<Double> lff = new SimpleObjectProperty<>(DisplayFilter.Settings.ACNS_DEFAULT.lffHz());
    private final ObjectProperty<Double> hff = new SimpleObjectProperty<>(DisplayFilter.Settings.ACNS_DEFAULT.hffHz());
    private final ObjectProperty<Double> notch = new SimpleObjectProperty<>(DisplayFilter.Settings.ACNS_DEFAULT.notchHz());
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty frame = new SimpleIntegerProperty(0);
    private final ObservableList<String> channelLabels = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    /** Findings of the stored analysis (spikes, seizures, artifacts): drawn like annotations, kept apart from them. */
    private final ObservableList<Annotation> findingMarks = FXCollections.observableArrayList();
    /** Bad, hidden and reordered channels (the channel list panel); applied to whichever montage is chosen. */
    private final ObjectProperty<ChannelLayout> layout = new SimpleObjectProperty<>(ChannelLayout.NONE);
    private MontageCatalog catalog = new MontageCatalog();
    private PageLoader loader;
    private final BooleanProperty negativeUp = new SimpleBooleanProperty(true);
    private final StringProperty readout = new SimpleStringProperty("");
    private final StringProperty measurement = new SimpleStringProperty("");
    /** Hook for a hypnogram strip in the overview bar: one stage per epoch (W, N1, N2, N3, R; null/"" unscored). */
    private final ObservableList<String> hypnogramStages = FXCollections.observableArrayList();
    private final DoubleProperty hypnogramEpochSeconds = new SimpleDoubleProperty(30);
    private final AnnotationsViewModel annotationEditor;
    private PageCache cache;
    private PageImage image;
    private TracePage shown;
    private PagePoint measureStart;
    private DisplaySettings settings = DisplaySettings.defaults();

    /** A view whose added annotations live only as long as it does (tests, previews). */
    public TraceViewModel(String title, SignalSource source) {
        this(title, source, memoryOnly(source), Runnable::run, Runnable::run);
    }

    /**
     * @param book       where annotations are kept (database or sidecar)
     * @param background runs storage calls; {@code fxThread} brings their results back
     */
    public TraceViewModel(String title, SignalSource source, AnnotationBook book, Executor background, Executor fxThread) {
        this.title = title;
        this.source = source;
        this.annotationEditor = new AnnotationsViewModel(book, background, fxThread);
        annotations.setAll(source.annotations());       // until the book has answered
        annotationEditor.entries().addListener((javafx.collections.ListChangeListener<AnnotationEntry>) c -> {
            annotations.setAll(annotationEditor.entries().stream().map(AnnotationEntry::annotation).toList());
            redraw();
        });
        if (!annotationEditor.entries().isEmpty()) {
            annotations.setAll(annotationEditor.entries().stream().map(AnnotationEntry::annotation).toList());
        }
        annotationEditor.statusProperty().addListener((o, a, b) -> message.set(b));
        negativeUp.addListener((o, a, b) -> redraw());
        findingMarks.addListener((javafx.collections.ListChangeListener<Annotation>) c -> redraw());
        // Montage and filter changes need a new loader; everything else only a redraw.
        montage.addListener((o, a, b) -> reload());
        lff.addListener((o, a, b) -> reload());
        hff.addListener((o, a, b) -> reload());
        notch.addListener((o, a, b) -> reload());
        layout.addListener((o, a, b) -> reload());
        sensitivity.addListener((o, a, b) -> redraw());
        pageSeconds.addListener((o, a, b) -> goTo(pageStart.get()));
        reload();
    }

    public String title() {
        return title;
    }

    public double durationSeconds() {
        return source.durationSeconds();
    }

    /** Renders into an image of this size (the view's size); call again when it changes. */
    public void resize(int width, int height) {
        if (width < 300 || height < 120) return;
        if (image != null && image.width() == width && image.height() == height) return;
        image = new PageImage(width, height);
        redraw();
    }

    private static AnnotationBook memoryOnly(SignalSource source) {
        try {
            return new SidecarAnnotationBook(source, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);      // no sidecar, nothing is read
        }
    }

    /** A new montage or filter: a new page loader, and the kept pages are dropped with the old cache. */
    private void reload() {
        try {
            DisplayFilter.Settings filters = new DisplayFilter.Settings(lff.get(), hff.get(), notch.get());
            PageLoader next = new PageLoader(source,
                    layout.get().apply(catalog.resolve(montage.get(), source.signals()), source.signals()), filters);
            if (next.labels().isEmpty()) {
                message.set("Montage " + montage.get() + " has no derivation this recording can show");
                return;
            }
            if (cache != null) cache.close();
            cache = new PageCache(next);
            channelLabels.setAll(next.labels());
            message.set(next.skipped().isEmpty() ? "" : "Not in this recording: " + String.join(", ", next.skipped()));
            measureStart = null;
            measurement.set("");
            redraw();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    private void redraw() {
        settings = settings.withSensitivity(sensitivity.get()).withPageSeconds(pageSeconds.get()).withNegativeUp(negativeUp.get());
        if (cache == null) return;
        double start = pageStart.get();
        time.set((source.startTime() == null ? "" : CLOCK.format(source.startTime().plusNanos((long) (start * 1e9))) + "  ")
                + "+" + Times.clock(start) + " / " + Times.clock(durationSeconds()));
        if (image == null) return;
        TracePage values = cache.page(start, pageSeconds.get());
        shown = new TracePage(values.labels(), values.values(), start, pageSeconds.get(), source.startTime(), marks(start));
        image.draw(shown, settings);
        if (!cache.loader().filterWarnings().isEmpty()) {
            message.set("Filters not applied: " + String.join("; ", cache.loader().filterWarnings()));
        }
        frame.set(frame.get() + 1);
    }

    private List<TracePage.Mark> marks(double start) {
        return java.util.stream.Stream.concat(annotations.stream(), findingMarks.stream())
                .filter(a -> a.onsetSeconds() >= start && a.onsetSeconds() < start + pageSeconds.get()
                        || a.hasDuration() && a.onsetSeconds() < start && a.onsetSeconds() + a.durationSeconds() > start)
                .map(a -> new TracePage.Mark(a.onsetSeconds(), a.text())).toList();
    }

    /** Recording time (s) under pixel column {@code x} of the page image, or NaN when nothing is drawn. */
    public double secondsAt(double x) {
        if (shown == null || image == null || image.layout() == null) return Double.NaN;
        return Probe.secondsAt(shown, image.layout(), x);
    }

    /** The cursor readout for the pixel under the mouse: clock and elapsed time, channel and its µV. */
    public void pointer(double x, double y) {
        readout.set(shown == null || image == null ? "" : Probe.at(shown, image.layout(), x, y).map(this::describe).orElse(""));
    }

    /** First point of a two-point measurement (shift-click or right-press); the channel under it is measured. */
    public void measureFrom(double x, double y) {
        if (shown == null || image == null) return;
        measureStart = Probe.at(shown, image.layout(), x, y).orElse(null);
        measurement.set(measureStart == null ? "" : "from " + describe(measureStart));
    }

    /** Second point, on the first point's channel: Δt, ΔµV and 1/Δt. */
    public void measureTo(double x) {
        if (shown == null || image == null || measureStart == null) return;
        if (measureStart.channel() >= shown.channelCount()) return;
        PagePoint end = Probe.onChannel(shown, image.layout(), measureStart.channel(), x);
        Probe.Measurement m = new Probe.Measurement(measureStart, end);
        measurement.set(String.format(Locale.ROOT, "%s  Δt %.3f s  ΔµV %.1f  %s", end.label(), m.deltaSeconds(),
                m.deltaMicrovolts(), Double.isNaN(m.frequencyHz()) ? "" : String.format(Locale.ROOT, "%.2f Hz", m.frequencyHz())));
    }

    private String describe(PagePoint p) {
        String clock = source.startTime() == null ? ""
                : DateTimeFormatter.ofPattern("HH:mm:ss.SSS").format(source.startTime().plusNanos((long) (p.seconds() * 1e9))) + "  ";
        return String.format(Locale.ROOT, "%s+%s.%03d  %s %s µV", clock, Times.clock(p.seconds()),
                (long) Math.floor(p.seconds() * 1000) % 1000, p.label(),
                Double.isNaN(p.microvolts()) ? "—" : String.format(Locale.ROOT, "%.1f", p.microvolts()));
    }

    /** Shows the page starting at {@code seconds}, kept within the recording. */
    public void goTo(double seconds) {
        double last = Math.max(0, durationSeconds() - pageSeconds.get());
        pageStart.set(Math.max(0, Math.min(last, seconds)));
        redraw();
    }

    public void nextPage() {
        goTo(pageStart.get() + pageSeconds.get());
    }

    public void previousPage() {
        goTo(pageStart.get() - pageSeconds.get());
    }

    public void nextHalfPage() {
        goTo(pageStart.get() + pageSeconds.get() / 2);
    }

    public void previousHalfPage() {
        goTo(pageStart.get() - pageSeconds.get() / 2);
    }

    /** Arrow keys and the mouse wheel: one second. */
    public void step(int seconds) {
        goTo(pageStart.get() + seconds);
    }

    /** Centres the page on an annotation (a click in the list). */
    public void jumpTo(Annotation annotation) {
        goTo(annotation.onsetSeconds() - pageSeconds.get() / 2);
    }

    /** Uses a shared catalog (standard and custom montages) instead of the standard montages only. */
    public void useCatalog(MontageCatalog shared) {
        catalog = shared;
    }

    /** Re-applies the montage after its definition changed (a custom montage edited under the same name). */
    public void reloadMontage() {
        reload();
    }

    public MontageCatalog catalog() {
        return catalog;
    }

    public ObjectProperty<ChannelLayout> layoutProperty() {
        return layout;
    }

    /** The recording on view (read by the side panels: spectrum, channel list, stager). */
    public SignalSource source() {
        return source;
    }

    /** Screen calibration in physical mm per pixel (settings); sensitivities in µV/mm depend on it. */
    public void setMillimetresPerPixel(double mmPerPixel) {
        settings = settings.withMmPerPixel(mmPerPixel);
        redraw();
    }

    /** The user's trace, background and grid colours (settings). */
    public void setPalette(io.braingobrrr.app.viewer.render.TracePalette palette) {
        settings = settings.withPalette(palette);
        redraw();
    }

    /** What the next page is drawn with (read by tests and the side panels). */
    public DisplaySettings displaySettings() {
        return settings;
    }

    public PageImage image() {
        return image;
    }

    public ReadOnlyIntegerProperty frameProperty() {
        return frame;
    }

    public DoubleProperty pageStartProperty() {
        return pageStart;
    }

    public ObjectProperty<String> montageProperty() {
        return montage;
    }

    public ObjectProperty<Double> sensitivityProperty() {
        return sensitivity;
    }

    public ObjectProperty<Double> pageSecondsProperty() {
        return pageSeconds;
    }

    public ObjectProperty<Double> lffProperty() {
        return lff;
    }

    public ObjectProperty<Double> hffProperty() {
        return hff;
    }

    public ObjectProperty<Double> notchProperty() {
        return notch;
    }

    public ReadOnlyStringProperty timeProperty() {
        return time;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> channelLabels() {
        return channelLabels;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public BooleanProperty negativeUpProperty() {
        return negativeUp;
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout;
    }

    public ReadOnlyStringProperty measurementProperty() {
        return measurement;
    }

    /** The page on screen (values as drawn), or null before the first frame. */
    public TracePage shownPage() {
        return shown;
    }

    /** Hook for the findings panel: the analysis's events, marked on the page and in the overview bar. */
    public ObservableList<Annotation> findingMarks() {
        return findingMarks;
    }

    public AnnotationsViewModel annotationEditor() {
        return annotationEditor;
    }

    /**
     * Hook for the hypnogram panel: set one stage per epoch ("W", "N1", "N2", "N3", "R"; null or "" for
     * unscored) and the overview bar draws them as a strip under the recording's time line.
     */
    public ObservableList<String> hypnogramStages() {
        return hypnogramStages;
    }

    public DoubleProperty hypnogramEpochSecondsProperty() {
        return hypnogramEpochSeconds;
    }

    @Override
    public void close() {
        if (cache != null) cache.close();
        source.close();
    }
}
