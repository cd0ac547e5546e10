package io.braingobrrr.app.viewer.review;

import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.app.viewer.channels.ChannelListViewModel;
import io.braingobrrr.app.viewer.hypnogram.HypnogramViewModel;
import io.braingobrrr.app.viewer.montage.MontageEditorViewModel;
import io.braingobrrr.app.viewer.spectrum.SpectrumViewModel;
import io.braingobrrr.app.viewer.trace.TraceViewModel;

/**
 * The side panels of one open recording (hypnogram, spectrum, channel list, montage editor) over its
 * trace view, and the stage keys that score the epoch under the page.
 */
public final class ReviewPanelsViewModel {
    private final TraceViewModel trace;
    private final HypnogramViewModel hypnogram;
    private final SpectrumViewModel spectrum;
    private final ChannelListViewModel channels;
    private final MontageEditorViewModel montages;
    private final ReviewServices services;
    private io.braingobrrr.app.viewer.findings.FindingsViewModel findings;

    public ReviewPanelsViewModel(TraceViewModel trace, ReviewServices services, String recordingKey) {
        this.trace = trace;
        this.services = services;
        this.hypnogram = new HypnogramViewModel(trace, services, recordingKey);
        this.spectrum = new SpectrumViewModel(trace, services);
        this.channels = new ChannelListViewModel(trace, services, recordingKey);
        this.montages = new MontageEditorViewModel(trace.catalog(), services, trace);
        // The overview bar under the traces draws the same scoring as a strip (null = unscored epoch).
        hypnogram.stagesProperty().addListener((o, old, stages) -> trace.hypnogramStages()
                .setAll(stages == null ? java.util.List.of() : stages.stream().map(st -> st == null ? null : st.name()).toList()));
    }

    /** Reads what is stored for this recording: scoring, channel layout and, for a stored recording, analysis results. */
    public void load() {
        hypnogram.load();
        channels.load();
        if (findings != null) findings.load();
    }

    /**
     * The findings panel of a stored recording (files opened from disk have no analyses); it feeds the trace's
     * event marks and the hypnogram's stored staging.
     */
    public void attachFindings(io.braingobrrr.app.analysis.Analyses analyses, long recordingId) {
        findings = new io.braingobrrr.app.viewer.findings.FindingsViewModel(trace, hypnogram, analyses, services.subject(),
                recordingId, services.background(), services.fxThread());
    }

    /** Null for a file opened from disk. */
    public io.braingobrrr.app.viewer.findings.FindingsViewModel findings() {
        return findings;
    }

    /** The stage a key sets (W, 1, 2, 3, R; case ignored), or null for any other key. */
    public static SleepStage stageForKey(String text) {
        if (text == null) return null;
        return switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case "W" -> SleepStage.W;
            case "1" -> SleepStage.N1;
            case "2" -> SleepStage.N2;
            case "3" -> SleepStage.N3;
            case "R" -> SleepStage.R;
            default -> null;
        };
    }

    /** Scores the current epoch when {@code text} is a stage key; true when it was one. */
    public boolean stageKey(String text) {
        SleepStage s = stageForKey(text);
        if (s == null) return false;
        hypnogram.setCurrentStage(s);
        return true;
    }

    public TraceViewModel trace() {
        return trace;
    }

    public HypnogramViewModel hypnogram() {
        return hypnogram;
    }

    public SpectrumViewModel spectrum() {
        return spectrum;
    }

    public ChannelListViewModel channels() {
        return channels;
    }

    public MontageEditorViewModel montages() {
        return montages;
    }
}
