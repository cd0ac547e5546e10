package io.braingobrrr.analysis.screening;

import java.util.List;

/**
 * What the event detectors found that bears on triage: discharges (spikes merged across channels) over the record
 * length, and seizures (detections on several channels that overlap in time merged into one episode).
 */
public record EpileptiformActivity(int discharges, double minutes, List<SeizureEpisode> seizures) {

    /** One seizure episode: its onset and duration (s from the start of the record) and the channels it was seen on. */
    public record SeizureEpisode(double onsetS, double durationS, List<String> channels) {
    }

    public EpileptiformActivity {
        if (discharges < 0 || !(minutes > 0)) {
            throw new IllegalArgumentException("epileptiform activity needs discharges >= 0 and a record length > 0 min: " + discharges + ", " + minutes);
        }
        seizures = List.copyOf(seizures);
    }

    public double perMinute() {
        return discharges / minutes;
    }
}
