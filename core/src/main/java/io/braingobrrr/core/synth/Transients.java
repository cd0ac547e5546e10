package io.braingobrrr.core.synth;

import java.util.List;

/**
 * Optional events of a live simulated EEG: muscle bursts (broadband 15-25 µV noise on the temporal and
 * lateral frontal channels for 0.5-2 s every 10-30 s, as from jaw clenching) and occasional epileptiform
 * spikes (a 70 ms biphasic transient of 80-150 µV peaking at a left temporal focus and fading with
 * distance, every 15-45 s). Own random streams, so enabling them leaves the rest of the signal unchanged.
 */
final class Transients {
    private static final double SPIKE_SECONDS = 0.07;
    private static final double[] FOCUS = {-3.5, 0};      // near T7 in ScalpLayout coordinates

    private final double rate;
    private final Rng schedule;
    private final Rng noise;
    private final double[] muscleWeight;
    private final double[] spikeWeight;
    private final double[] spikeShape;
    private long sample;
    private long nextMuscle, muscleEnd = -1;
    private double muscleAmplitude;
    private long nextSpike;
    private int spikePos = -1;
    private double spikeAmplitude;

    Transients(long seed, double sampleRateHz, List<String> labels) {
        this.rate = sampleRateHz;
        this.schedule = new Rng(seed, 401);
        this.noise = new Rng(seed, 402);
        muscleWeight = new double[labels.size()];
        spikeWeight = new double[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            double[] p = ScalpLayout.position(labels.get(c));
            muscleWeight[c] = Math.abs(p[0]) > 2.5 ? 1 : 0.1;
            double dx = p[0] - FOCUS[0], dy = p[1] - FOCUS[1];
            spikeWeight[c] = Math.exp(-(dx * dx + dy * dy) / 4);
        }
        int n = Math.max(3, (int) Math.round(SPIKE_SECONDS * sampleRateHz));
        spikeShape = new double[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);                      // sharp negative peak, slower positive wave
            spikeShape[i] = -Math.sin(Math.PI * Math.min(1, t * 2.5)) * (t < 0.4 ? 1 : 0)
                    + 0.35 * Math.sin(Math.PI * Math.max(0, (t - 0.4) / 0.6));
        }
        nextMuscle = Math.round(schedule.uniform(10, 30) * rate);
        nextSpike = Math.round(schedule.uniform(15, 45) * rate);
    }

    /** Adds the next {@code n} samples of every channel's transients to {@code dst[c][offset + i]}. */
    void addTo(float[][] dst, int offset, int n, int channels) {
        for (int i = 0; i < n; i++, sample++) {
            if (sample >= nextMuscle) {
                muscleEnd = sample + Math.round(schedule.uniform(0.5, 2) * rate);
                muscleAmplitude = schedule.uniform(15, 25);
                nextMuscle = muscleEnd + Math.round(schedule.uniform(10, 30) * rate);
            }
            if (sample >= nextSpike) {
                spikePos = 0;
                spikeAmplitude = schedule.uniform(80, 150);
                nextSpike += Math.round(schedule.uniform(15, 45) * rate);
            }
            boolean muscle = sample < muscleEnd;
            double spike = 0;
            if (spikePos >= 0) {
                spike = spikeAmplitude * spikeShape[spikePos++];
                if (spikePos == spikeShape.length) spikePos = -1;
            }
            if (!muscle && spike == 0) continue;
            for (int c = 0; c < channels; c++) {
                double v = spike * spikeWeight[c];
                if (muscle) v += muscleAmplitude * muscleWeight[c] * noise.nextWhite();
                dst[c][offset + i] += (float) v;
            }
        }
    }
}
