package io.braingobrrr.core.recording;

/** A stretch of time without data in a discontinuous (EDF+D/BDF+D) recording, seconds from start. */
public record Gap(double onsetSeconds, double durationSeconds) {
}
