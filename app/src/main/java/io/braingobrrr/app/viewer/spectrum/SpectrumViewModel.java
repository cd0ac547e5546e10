package io.braingobrrr.app.viewer.spectrum;

import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.recording.SignalInfo;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spectrum panel's state: the page PSD of the selected signals (recomputed on each page flip: one
 * page of a few signals costs well under a millisecond) and a whole-record spectrogram of one signal,
 * computed in the background with progress; a click in it moves the trace view.
 */
public final class SpectrumViewModel {
    private static final int SPECTROGRAM_COLUMNS = 1200;

    private final TraceViewModel trace;
    private final ReviewServices services;
    private final ObservableList<String> signals = FXCollections.observableArrayList();
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Psd>> pagePsds = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<SpectrumMath.Spectrogram> spectrogram = new SimpleObjectProperty<>();
    private final StringProperty spectrogramSignal = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");

    public SpectrumViewModel(TraceViewModel trace, ReviewServices services) {
        this.trace = trace;
        this.services = services;
        for (SignalInfo s : trace.source().signals()) signals.add(s.label());
        trace.source().signals().stream().filter(s -> s.electrode() != null).findFirst()
                .or(() -> trace.source().signals().stream().findFirst())
                .ifPresent(s -> selected.add(s.label()));
        selected.addListener((ListChangeListener<String>) c -> update());
        trace.pageStartProperty().addListener((o, a, b) -> update());
        trace.pageSecondsProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        Map<String, Psd> out = new LinkedHashMap<>();
        for (String label : selected) {
            int i = trace.source().indexOf(label);
            if (i >= 0) out.put(label, SpectrumMath.pagePsd(trace.source(), i, trace.pageStartProperty().get(), trace.pageSecondsProperty().get()));
        }
        pagePsds.set(out);
    }

    /** Computes the spectrogram of the first selected signal in the background. */
    public void computeSpectrogram() {
        if (selected.isEmpty() || progress.get() >= 0) return;
        String label = selected.get(0);
        int index = trace.source().indexOf(label);
        progress.set(0);
        message.set("Spectrogram of " + label + "...");
        services.compute(() -> SpectrumMath.spectrogram(trace.source(), index, SPECTROGRAM_COLUMNS,
                        f -> services.fxThread().execute(() -> progress.set(Math.min(f, 0.999)))),
                s -> {
                    progress.set(-1);
                    spectrogramSignal.set(label);
                    spectrogram.set(s);
                    message.set("Spectrogram of " + label + ": " + s.columns() + " columns of " + Math.round(s.secondsPerColumn()) + " s; click to go there");
                }, m -> {
                    progress.set(-1);
                    message.set("Spectrogram failed: " + m);
                });
    }

    /** A click in the spectrogram at {@code seconds}: the page is centred there. */
    public void jumpTo(double seconds) {
        trace.goTo(seconds - trace.pageSecondsProperty().get() / 2);
    }

    public ObservableList<String> signals() {
        return signals;
    }

    /** Signals whose page PSD is drawn; the first one is the spectrogram's. */
    public ObservableList<String> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<Map<String, Psd>> pagePsdsProperty() {
        return pagePsds;
    }

    public ReadOnlyObjectProperty<SpectrumMath.Spectrogram> spectrogramProperty() {
        return spectrogram;
    }

    /** Fraction done while computing, -1 otherwise. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public double durationSeconds() {
        return trace.durationSeconds();
    }
}
