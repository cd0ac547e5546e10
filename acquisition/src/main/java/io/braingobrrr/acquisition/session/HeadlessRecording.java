package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.core.edf.EdfWriteOptions;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Records a fixed length without a screen (`brrr record`): start, store exactly the samples of that length
 * (ending early when a played-back file ends or the disk fills), stop, and optionally export the finalised recording to EDF+/BDF+.
 */
public final class HeadlessRecording {
    /** The summary and the file written (null without an output path). */
    public record Result(SessionSummary summary, Path file) {
    }

    private HeadlessRecording() {
    }

    public static Result run(Database db, Device device, SessionOptions options, double seconds, Path out)
            throws DeviceException, IOException, InterruptedException {
        if (!(seconds > 0)) throw new IllegalArgumentException("duration must be > 0 s, not " + seconds);
        RecordingSession session = RecordingSession.start(db, device, options);
        session.limitSamples((long) Math.ceil(seconds * device.info().sampleRateHz() - 1e-9));
        // The sample limit ends a normal recording; the clock (with a little grace for start-up) ends one
        // whose device went away and came back, which then holds a gap and fewer samples.
        long end = System.nanoTime() + (long) ((seconds + 2) * 1e9);
        SessionSummary s;
        try {
            while (System.nanoTime() < end && !session.hasEnded()) {
                Thread.sleep(Math.max(1, Math.min(50, (end - System.nanoTime()) / 1_000_000)));
            }
        } finally {
            s = session.stop();
        }
        if (out == null || s.samples() == 0) return new Result(s, null);
        export(db, s.recordingId(), out);
        return new Result(s, out);
    }

    /** Writes a stored recording with its markers and gaps to EDF+ (.edf) or BDF+ (.bdf), by the file's name. */
    public static void export(Database db, long recordingId, Path out) throws IOException {
        try (StoredRecording r = new RecordingStore(db).open(recordingId)) {
            EdfWriter.write(r, out, EdfWriteOptions.forFile(out));
        }
    }
}
