package io.braingobrrr.acquisition.device;

import io.braingobrrr.core.recording.SignalInfo;

import java.util.List;
import java.util.Map;

/**
 * One amplifier, whatever its transport (like BrainFlow's BoardShim): open it, learn its channels and rate,
 * start a stream of {@link SampleBlock}s with sample counters, stop, close. {@link #open()} may be called
 * again after a disconnect to reconnect.
 */
public interface Device extends AutoCloseable {
    /** Connects and brings the device to a known state; throws {@link DeviceException} with a clear reason. */
    void open() throws DeviceException;

    /** Channels and rate; valid after {@link #open()} (simulated and playback devices know it before). */
    DeviceInfo info();

    /** Starts streaming to {@code listener} on a thread of the device. */
    void start(SampleListener listener) throws DeviceException;

    void stop() throws DeviceException;

    /**
     * Electrode impedance per channel in kΩ, measured now (streaming must be stopped). Devices that cannot
     * measure return an empty map.
     */
    Map<Integer, Double> measureImpedance(double seconds) throws DeviceException;

    /**
     * Per-channel headers (label, transducer, ranges) when the device knows better than {@link #info()}'s
     * one mapping for all channels (a played-back file); empty otherwise. samplesPerRecord is ignored.
     */
    default List<SignalInfo> channelHeaders() {
        return List.of();
    }

    /** A marker the technician set (a simulated amplifier reacts to "Eyes open"/"Eyes closed"); real ones ignore it. */
    default void marker(String text) {
    }

    /** Samples lost in transport since {@link #start}. */
    long droppedSamples();

    @Override
    void close();
}
