package io.braingobrrr.analysis.pipeline;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.events.ChunkedDetection;
import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.EventDetector;
import io.braingobrrr.analysis.events.EventKind;
import io.braingobrrr.analysis.events.KComplexDetector;
import io.braingobrrr.analysis.events.SeizureDetector;
import io.braingobrrr.analysis.events.SpikeDetector;
import io.braingobrrr.analysis.events.SpindleDetector;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.screening.EpileptiformActivity;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalKind;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code events} part of a comprehensive analysis: spikes/sharp waves and seizures on every good EEG
 * channel, spindles and K-complexes on the staging channel, artifacts from quality control. The epileptiform
 * rate counts discharges, not channel events: spikes on several channels within 100 ms are one discharge.
 */
public record EventsSection(Map<String, Integer> counts, List<Event> events, Double epileptiformPerMinute,
                            List<String> channels, List<AlgorithmInfo> algorithms) {

    public record Event(double onsetS, double durationS, String channel, String kind, double confidence) {
    }

    /** Chunks keep the heap flat on day-long recordings; margins let filters settle and edge events be seen whole. */
    private static final double CHUNK_S = 300, MARGIN_S = 10;

    /** @param threads channels analysed at once (the source must allow concurrent reads when above 1) */
    static EventsSection of(SignalSource src, QualityReport quality, int threads) {
        return of(src, quality, threads, new java.util.concurrent.atomic.AtomicBoolean());
    }

    /** As above; {@code cancel} is checked per channel and detector (a long recording's detection takes a while). */
    static EventsSection of(SignalSource src, QualityReport quality, int threads, java.util.concurrent.atomic.AtomicBoolean cancel) {
        Set<String> bad = Set.copyOf(quality.badChannels());
        SpikeDetector spikes = new SpikeDetector(SpikeDetector.Parameters.defaults());
        SeizureDetector seizures = new SeizureDetector(SeizureDetector.Parameters.defaults());
        List<String> channels = new ArrayList<>();
        List<Integer> signals = new ArrayList<>();
        for (int s = 0; s < src.signals().size(); s++) {
            SignalInfo info = src.signals().get(s);
            if (info.kind() != SignalKind.EEG || bad.contains(info.label()) || info.sampleRateHz() < 100) continue;
            channels.add(info.label());
            signals.add(s);
        }
        List<List<DetectedEvent>> perChannel = Parallel.map(signals, threads, s -> {
            if (cancel.get()) throw new java.util.concurrent.CancellationException("analysis cancelled");
            List<DetectedEvent> sp = new ArrayList<>(ChunkedDetection.run(src, s, spikes, CHUNK_S, MARGIN_S));
            sp.addAll(ChunkedDetection.run(src, s, seizures, 2 * CHUNK_S, 3 * MARGIN_S));
            return sp;
        });
        List<DetectedEvent> found = new ArrayList<>();
        perChannel.forEach(found::addAll);
        List<AlgorithmInfo> algorithms = new ArrayList<>(List.of(spikes.info(), seizures.info()));
        try {
            int eeg = SleepStager.choose(src, null, null, null).eeg();
            for (EventDetector d : List.of(new SpindleDetector(SpindleDetector.Parameters.defaults()), KComplexDetector.standard())) {
                if (cancel.get()) throw new java.util.concurrent.CancellationException("analysis cancelled");
                found.addAll(ChunkedDetection.run(src, eeg, d, CHUNK_S, MARGIN_S));
                algorithms.add(d.info());
            }
        } catch (IllegalArgumentException noEeg) {
            // No EEG to look for sleep micro-events on: the counts say 0 and the channel list says why.
        }
        List<Event> events = new ArrayList<>();
        for (DetectedEvent e : found) {
            events.add(new Event(e.onsetSeconds(), e.durationSeconds(), e.channel(), e.kind().jsonName(), e.confidence()));
        }
        for (QualityReport.ArtifactSegment a : quality.artifacts()) {
            events.add(new Event(a.onsetS(), a.durationS(), String.join(",", a.channels()), EventKind.ARTIFACT.jsonName(), 1.0));
        }
        events.sort(Comparator.comparingDouble(Event::onsetS));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) counts.put(k.jsonName(), 0);
        for (Event e : events) counts.merge(e.kind(), 1, Integer::sum);
        EpileptiformActivity activity = activity(events, channels, src.durationSeconds());
        return new EventsSection(counts, List.copyOf(events), activity == null ? null : activity.perMinute(), List.copyOf(channels),
                List.copyOf(algorithms));
    }

    /**
     * The activity the screening triages on, from this section's events: null when no EEG channel was searched
     * (the screening must not read "no discharges" into "not looked").
     */
    public EpileptiformActivity epileptiform(double recordSeconds) {
        return activity(events, channels, recordSeconds);
    }

    private static EpileptiformActivity activity(List<Event> events, List<String> channels, double recordSeconds) {
        if (channels.isEmpty() || recordSeconds <= 0) return null;
        double[] spikeOnsets = events.stream().filter(e -> e.kind().equals(EventKind.SPIKE.jsonName())).mapToDouble(Event::onsetS).toArray();
        return new EpileptiformActivity(discharges(spikeOnsets), recordSeconds / 60,
                seizureEpisodes(events.stream().filter(e -> e.kind().equals(EventKind.SEIZURE.jsonName())).toList()));
    }

    /** Spike onsets from all channels, merged when they lie within 100 ms: one discharge seen on several channels. */
    static int discharges(double[] onsets) {
        double[] t = onsets.clone();
        java.util.Arrays.sort(t);
        int n = 0;
        double clusterStart = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            if (v - clusterStart > 0.1) {
                n++;
                clusterStart = v;
            }
        }
        return n;
    }

    /** Seizure detections (sorted by onset) that overlap in time are one episode seen on several channels. */
    static List<EpileptiformActivity.SeizureEpisode> seizureEpisodes(List<Event> seizures) {
        List<EpileptiformActivity.SeizureEpisode> out = new ArrayList<>();
        double start = 0, end = Double.NEGATIVE_INFINITY;
        Set<String> on = new java.util.LinkedHashSet<>();
        for (Event e : seizures) {
            if (e.onsetS() > end && !on.isEmpty()) {
                out.add(new EpileptiformActivity.SeizureEpisode(start, end - start, List.copyOf(on)));
                on.clear();
            }
            if (on.isEmpty()) start = e.onsetS();
            end = Math.max(end, e.onsetS() + e.durationS());
            on.add(e.channel());
        }
        if (!on.isEmpty()) out.add(new EpileptiformActivity.SeizureEpisode(start, end - start, List.copyOf(on)));
        return out;
    }
}
