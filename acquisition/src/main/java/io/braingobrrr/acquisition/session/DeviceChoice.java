package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.cyton.CytonBoard;
import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.playback.PlaybackDevice;
import io.braingobrrr.acquisition.simulated.SimulatedAmplifier;

import java.nio.file.Path;
import java.util.Locale;

/** The devices a user can name (CLI `--device`, settings): builds one from its name and options. */
public enum DeviceChoice {
    SIMULATED, CYTON, CYTON_DAISY, PLAYBACK;

    /** "cyton-daisy" and "CYTON_DAISY" alike; a clear message listing the choices otherwise. */
    public static DeviceChoice parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DeviceChoice d : values()) if (d.name().equals(n)) return d;
        throw new IllegalArgumentException("unknown device '" + name + "' (choose simulated, cyton, cyton-daisy or playback)");
    }

    /**
     * @param port     serial port path (Cyton)
     * @param source   file to replay (playback)
     * @param channels channels of the simulated amplifier
     * @param rateHz   sample rate of the simulated amplifier
     * @param speed    playback speed (1 = real time)
     */
    public Device create(String port, Path source, int channels, double rateHz, double speed, long seed) {
        return create(port, source, channels, rateHz, speed, seed, false);
    }

    /** As above; {@code sleep} adds sleep-like patterns to the simulated amplifier (ignored by the others). */
    public Device create(String port, Path source, int channels, double rateHz, double speed, long seed, boolean sleep) {
        return switch (this) {
            case SIMULATED -> {
                SimulatedAmplifier amp = new SimulatedAmplifier(channels, rateHz, seed, 1.0);
                yield sleep ? amp.withSleepPatterns() : amp;
            }
            case CYTON, CYTON_DAISY -> {
                if (port == null) throw new IllegalArgumentException("--port is required for " + label()
                        + " (the dongle's serial port, e.g. /dev/ttyUSB0)");
                yield new CytonBoard(port, this == CYTON_DAISY);
            }
            case PLAYBACK -> {
                if (source == null) throw new IllegalArgumentException("--source is required for playback (an EDF/BDF file)");
                yield new PlaybackDevice(source, speed);
            }
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
