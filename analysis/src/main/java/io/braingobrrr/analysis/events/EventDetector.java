package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.AlgorithmInfo;

import java.util.List;

/** A detector of one event kind on one channel's samples (µV); results say which algorithm made them. */
public interface EventDetector {
    List<DetectedEvent> detect(double[] x, double rateHz, String channel);

    AlgorithmInfo info();
}
