package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.report.Times;
import io.braingobrrr.app.viewer.montage.MontageCatalog;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.montage.ChannelLayout;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.format.DateTimeFormatter;

/**
 * State and actions of one open recording's trace view: page position, montage, sensitivity, page
 * length, display filters; it renders each page into a {@link PageImage} (same renderer as the screenshot
 * command) and bumps {@link #frameProperty()} so the view copies the pixels. Runs on the FX thread: a page
 * flip costs milliseconds (see `brrr bench render`).
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
    /** Bad, hidden and reordered channels (the channel list panel); applied to whichever montage is chosen. */
    private final ObjectProperty<ChannelLayout> layout = new SimpleObjectProperty<>(ChannelLayout.NONE);
    private MontageCatalog catalog = new MontageCatalog();
    private PageLoader loader;
    private PageImage image;
    private DisplaySettings settings = DisplaySettings.defaults();

    public TraceViewModel(String title, SignalSource source) {
        this.title = title;
        this.source = source;
        annotations.setAll(source.annotations());
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

    private void reload() {
        try {
            DisplayFilter.Settings filters = new DisplayFilter.Settings(lff.get(), hff.get(), notch.get());
            PageLoader next = new PageLoader(source,
                    layout.get().apply(catalog.resolve(montage.get(), source.signals()), source.signals()), filters);
            if (next.labels().isEmpty()) {
                message.set("Montage " + montage.get() + " has no derivation this recording can show");
                return;
            }
            loader = next;
            channelLabels.setAll(loader.labels());
            message.set(loader.skipped().isEmpty() ? "" : "Not in this recording: " + String.join(", ", loader.skipped()));
            redraw();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    private void redraw() {
        settings = new DisplaySettings(sensitivity.get(), pageSeconds.get(), settings.mmPerPixel(), settings.negativeUp());
        if (loader == null) return;
        double start = pageStart.get();
        time.set((source.startTime() == null ? "" : CLOCK.format(source.startTime().plusNanos((long) (start * 1e9))) + "  ")
                + "+" + Times.clock(start) + " / " + Times.clock(durationSeconds()));
        if (image == null) return;
        image.draw(loader.load(start, pageSeconds.get()), settings);
        if (!loader.filterWarnings().isEmpty()) message.set("Filters not applied: " + String.join("; ", loader.filterWarnings()));
        frame.set(frame.get() + 1);
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
        settings = new DisplaySettings(settings.sensitivityUvPerMm(), settings.pageSeconds(), mmPerPixel, settings.negativeUp());
        redraw();
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

    @Override
    public void close() {
        source.close();
    }
}
