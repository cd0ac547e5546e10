package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.core.recording.Annotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expert stages from EDF+ annotations ("Sleep stage W/1/2/3/4/R/?" as in Sleep-EDF and the Somnoscreen
 * example, "Sleep stage N1..N3" as in HMC), each spanning onset..onset+duration, cut into 30 s epochs.
 */
public final class EdfHypnogram {
    private EdfHypnogram() {
    }

    /**
     * @param epochs how many 30 s epochs to return (from time 0)
     * @return one stage per epoch: the stage covering the epoch's middle, null where no stage annotation does
     */
    public static List<SleepStage> epochs(List<Annotation> annotations, int epochs, double epochSeconds) {
        SleepStage[] out = new SleepStage[epochs];
        boolean any = false;
        for (Annotation a : annotations) {
            SleepStage s = SleepStage.fromAnnotation(a.text());
            boolean stageText = a.text().trim().toLowerCase(java.util.Locale.ROOT).startsWith("sleep stage");
            if (!stageText) continue;
            any = true;
            if (s == null) continue;
            if (!a.hasDuration() || a.durationSeconds() <= 0) {
                throw new DataFormatException("stage annotation at " + a.onsetSeconds() + " s has no duration: " + a.text());
            }
            int first = (int) Math.ceil(a.onsetSeconds() / epochSeconds - 0.5);
            double end = a.onsetSeconds() + a.durationSeconds();
            for (int e = Math.max(0, first); e < epochs && (e + 0.5) * epochSeconds < end; e++) out[e] = s;
        }
        if (!any) throw new DataFormatException("no 'Sleep stage ...' annotations found");
        return new ArrayList<>(Arrays.asList(out));
    }
}
