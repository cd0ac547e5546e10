package io.braingobrrr.app.viewer.hypnogram;

import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.review.SleepScoringService;
import io.braingobrrr.core.review.SleepScoringService.AutoStage;
import io.braingobrrr.core.review.SleepScoringService.Epoch;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hypnogram of one recording: stored 30 s epochs (automatic or manual), the stager run on demand in
 * the background, manual stages for the epoch under the page, and clicks that move the trace view.
 * {@link #stagesProperty()} is what an overview strip can draw (null for an unscored epoch).
 */
public final class HypnogramViewModel {
    public static final double EPOCH_SECONDS = SleepScoringService.EPOCH_SECONDS;

    private final TraceViewModel trace;
    private final ReviewServices services;
    private final String recordingKey;
    private final ObjectProperty<List<Epoch>> epochs = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<SleepStage>> stages = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty staging = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    /** Stages of the latest stored analysis (the findings panel passes them), shown while nothing is scored here. */
    private List<Epoch> analysisStaging = List.of();

    public HypnogramViewModel(TraceViewModel trace, ReviewServices services, String recordingKey) {
        this.trace = trace;
        this.services = services;
        this.recordingKey = recordingKey;
    }

    /** Number of whole or partial 30 s epochs in the recording. */
    public int epochCount() {
        return (int) Math.ceil(trace.durationSeconds() / EPOCH_SECONDS - 1e-9);
    }

    /** Loads the stored scoring. */
    public void load() {
        services.run(() -> services.scoring().epochs(services.subject(), recordingKey), this::show,
                m -> message.set("Cannot read the scoring: " + m));
    }

    /** Runs the stager on the whole recording in the background (minutes for a night), then stores it; manual stages stay. */
    public void runStager() {
        if (staging.get()) return;
        staging.set(true);
        message.set("Staging " + epochCount() + " epochs in the background...");
        services.compute(() -> {
            SleepStager stager = SleepStager.standard();
            SleepStager.Result r = stager.stage(trace.source(), SleepStager.choose(trace.source(), null, null, null));
            List<AutoStage> auto = new ArrayList<>();
            for (int i = 0; i < r.epochs().size(); i++) {
                SleepStager.Epoch e = r.epochs().get(i);
                auto.add(new AutoStage(i, e.stage().name(), e.confidence()));
            }
            int kept = services.scoring().storeAutomatic(services.subject(), recordingKey,
                    SleepStager.NAME + " " + SleepStager.VERSION, auto);
            return new Staged(r.eeg(), kept, services.scoring().epochs(services.subject(), recordingKey));
        }, s -> {
            staging.set(false);
            show(s.epochs());
            message.set("Staged from " + s.eeg() + (s.manualKept() > 0 ? "; " + s.manualKept() + " manual epoch(s) kept" : ""));
        }, m -> {
            staging.set(false);
            message.set("Staging failed: " + m);
        });
    }

    private record Staged(String eeg, int manualKept, List<Epoch> epochs) {
    }

    /** The epoch under the current page position: the one containing the page start. */
    public int currentEpoch() {
        return (int) Math.floor(trace.pageStartProperty().get() / EPOCH_SECONDS + 1e-9);
    }

    /** Sets the stage of the current epoch by hand (W/1/2/3/R keys). */
    public void setCurrentStage(SleepStage stage) {
        int index = currentEpoch();
        if (index >= epochCount()) return;
        services.run(() -> {
            services.scoring().setManual(services.subject(), recordingKey, index, stage.name());
            return services.scoring().epochs(services.subject(), recordingKey);
        }, list -> {
            show(list);
            message.set("Epoch " + (index + 1) + " scored " + stage.name() + " by hand");
        }, m -> message.set("Cannot score epoch " + (index + 1) + ": " + m));
    }

    /** A click on the hypnogram at {@code seconds}: the trace view shows that epoch. */
    public void jumpTo(double seconds) {
        int index = (int) Math.floor(Math.max(0, seconds) / EPOCH_SECONDS);
        trace.goTo(index * EPOCH_SECONDS);
    }

    /**
     * The stored analysis's staging ({@code stages} per 30 s epoch, null where not staged): shown when this
     * recording has no scoring of its own yet. It is not stored as a scoring: "Stage automatically" or a stage key does that.
     */
    public void useAnalysisStaging(List<String> stages, List<Double> confidences, String algorithm, long analysisId) {
        List<Epoch> list = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i) != null) list.add(new Epoch(i, stages.get(i), "analysis", confidences.get(i), algorithm, null));
        }
        analysisStaging = List.copyOf(list);
        if (epochs.get().isEmpty() || epochs.get().stream().allMatch(e -> "analysis".equals(e.source()))) {
            show(List.of());
            if (!list.isEmpty()) message.set("Stages from analysis " + analysisId + " (" + algorithm + "); not stored as a scoring");
        }
    }

    private void show(List<Epoch> stored) {
        // Nothing scored for this recording yet: the latest analysis's staging, if there is one.
        List<Epoch> list = stored.isEmpty() ? analysisStaging : stored;
        epochs.set(List.copyOf(list));
        List<SleepStage> s = new ArrayList<>(Collections.nCopies(epochCount(), (SleepStage) null));
        for (Epoch e : list) if (e.index() < s.size()) s.set(e.index(), SleepStage.valueOf(e.stage()));
        stages.set(Collections.unmodifiableList(s));
    }

    /** Stored epochs with their source (auto/manual), scorer and time. */
    public ReadOnlyObjectProperty<List<Epoch>> epochsProperty() {
        return epochs;
    }

    /** One entry per 30 s epoch, null where unscored: for the overview bar's hypnogram strip. */
    public ReadOnlyObjectProperty<List<SleepStage>> stagesProperty() {
        return stages;
    }

    public ReadOnlyBooleanProperty stagingProperty() {
        return staging;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public TraceViewModel trace() {
        return trace;
    }
}
