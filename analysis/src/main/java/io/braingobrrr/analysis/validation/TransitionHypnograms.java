package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.sleep.EpochFeatures;
import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scored hypnograms whose signals the project cannot reach, used only to count stage transitions (relative to
 * shared/data): the full SC4001 expert hypnogram without its first 10 epochs (the staged 300 s segment), the
 * HMC SN001 AASM hypnogram, the AASM "Male71yr" annotation set, and the six DREAMS REM-database hypnograms.
 * Long wake before the first and after the last sleep epoch (hours in Sleep-EDF) is cut to 30 min, as lights-off
 * periods would otherwise make wake look almost absorbing.
 */
public final class TransitionHypnograms {
    static final int SC4001_STAGED_EPOCHS = 10;
    public static final String SOURCES = "SC4001EC without its first 300 s, HMC SN001, Male71yr AASM set, DREAMS REM-database hypnograms 1-6";
    private static final int EDGE_WAKE_EPOCHS = 60;

    private TransitionHypnograms() {
    }

    public static List<List<SleepStage>> load(Path data) throws IOException {
        List<List<SleepStage>> out = new ArrayList<>();
        List<SleepStage> sc = fromAnnotationFile(data.resolve("sleep/sleep-edf/SC4001EC-Hypnogram.edf"));
        out.add(trimWake(sc.subList(Math.min(SC4001_STAGED_EPOCHS, sc.size()), sc.size())));
        out.add(trimWake(fromAnnotationFile(data.resolve("sleep/hmc/SN001_sleepscoring_test_edfann.edf"))));
        out.add(trimWake(fromAnnotationFile(data.resolve("sleep/annotation-only/annotations_Male71yr.edf"))));
        for (int n = 1; n <= 6; n++) {
            out.add(DreamsFiles.readHypnogram30s(data.resolve("sleep/dreams/rems/Hypnogram_excerpt" + n + ".txt")));
        }
        return out;
    }

    static List<SleepStage> fromAnnotationFile(Path file) throws IOException {
        try (SignalSource s = RecordingReader.open(file)) {
            double end = 0;
            for (Annotation a : s.annotations()) {
                if (SleepStage.fromAnnotation(a.text()) != null && a.hasDuration()) end = Math.max(end, a.onsetSeconds() + a.durationSeconds());
            }
            return EdfHypnogram.epochs(s.annotations(), (int) Math.floor(end / EpochFeatures.EPOCH_SECONDS), EpochFeatures.EPOCH_SECONDS);
        } catch (DataFormatException e) {
            throw new DataFormatException(file + ": " + e.getMessage());
        }
    }

    static List<SleepStage> trimWake(List<SleepStage> h) {
        int first = -1, last = -1;
        for (int e = 0; e < h.size(); e++) {
            if (h.get(e) != null && h.get(e).isSleep()) {
                if (first < 0) first = e;
                last = e;
            }
        }
        if (first < 0) return h;
        return h.subList(Math.max(0, first - EDGE_WAKE_EPOCHS), Math.min(h.size(), last + 1 + EDGE_WAKE_EPOCHS));
    }
}
