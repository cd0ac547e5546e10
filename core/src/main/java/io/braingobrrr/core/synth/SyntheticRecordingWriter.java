package io.braingobrrr.core.synth;

import io.braingobrrr.core.edf.EdfHeaderFields;
import io.braingobrrr.core.edf.EdfWriteOptions;
import io.braingobrrr.core.edf.EdfWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * {@code brrr synth --hours H --channels N --rate R --out FILE}: a synthetic recording written as EDF+
 * (.edf) or BDF+ (.bdf), for demos and load tests.
 */
public final class SyntheticRecordingWriter {
    /** Fixed by default so that the same seed gives byte-identical files. */
    public static final LocalDateTime DEFAULT_START = LocalDateTime.of(2024, 1, 15, 22, 0, 0);
    public static final long DEFAULT_SEED = 42;

    private SyntheticRecordingWriter() {
    }

    public static EdfWriter.Result write(Path out, double hours, int channels, int sampleRateHz) throws IOException {
        return write(out, hours, channels, sampleRateHz, DEFAULT_SEED, DEFAULT_START);
    }

    /**
     * @param hours length; rounded up to whole seconds
     * @throws IllegalArgumentException naming the parameter when hours, channels, rate or extension are out of range
     */
    public static EdfWriter.Result write(Path out, double hours, int channels, int sampleRateHz, long seed,
                                         LocalDateTime start) throws IOException {
        if (!(hours > 0) || hours > 1000) throw new IllegalArgumentException("hours must be > 0 and <= 1000, was " + hours);
        if (channels < 1 || channels > ScalpLayout.MAX_CHANNELS) {
            throw new IllegalArgumentException("channels must be 1.." + ScalpLayout.MAX_CHANNELS + ", was " + channels);
        }
        if (sampleRateHz < 1 || sampleRateHz > 100_000) {
            throw new IllegalArgumentException("rate must be 1..100000 Hz, was " + sampleRateHz);
        }
        EdfWriteOptions options = EdfWriteOptions.forFile(out)
                .withPatientIdentification("SYNTH-" + seed + " X X Synthetic_EEG")
                .withRecordingIdentification("Startdate " + EdfHeaderFields.plusDate(start.toLocalDate())
                        + " X X brrr_synth seed_" + seed);
        int seconds = (int) Math.ceil(hours * 3600 - 1e-9);
        try (SyntheticRecording rec = new SyntheticRecording(channels, sampleRateHz, seconds, seed, start)) {
            return EdfWriter.write(rec, out, options);
        }
    }
}
