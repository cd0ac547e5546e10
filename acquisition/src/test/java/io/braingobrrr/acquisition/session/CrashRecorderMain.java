package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.simulated.SimulatedAmplifier;
import io.braingobrrr.core.store.Database;

import java.nio.file.Path;

/**
 * The child process of {@link CrashRecoveryTest}: records from the simulated amplifier into the given
 * database until it is killed. Prints "STARTED id epochMillis" once streaming has begun.
 */
public final class CrashRecorderMain {
    private CrashRecorderMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        int channels = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        RecordingSession session = RecordingSession.start(db, new SimulatedAmplifier(channels, rate, 11, 1.0),
                SessionOptions.defaults());
        long started = System.currentTimeMillis() - Math.round(session.elapsedSeconds() * 1000);
        System.out.println("STARTED " + session.recordingId() + " " + started);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
