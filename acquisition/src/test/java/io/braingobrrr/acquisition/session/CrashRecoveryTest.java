package io.braingobrrr.acquisition.session;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.LiveRecording;
import io.braingobrrr.core.store.RecordingStatus;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM records 32 channels x 500 Hz into a real SQLite file and is killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux); the next open recovers the recording with at most 1 s lost.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aKilledRecordingIsRecoveredWithAtMostOneSecondLost() throws Exception {
        Path dbFile = dir.resolve("crash.db");
        Database.open(dbFile);                                 // migrate once, before the child starts
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                CrashRecorderMain.class.getName(), dbFile.toString(), "32", "500")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long recordingId;
        long startedMillis;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("child output").startsWith("STARTED ");
            String[] parts = line.split(" ");
            recordingId = Long.parseLong(parts[1]);
            startedMillis = Long.parseLong(parts[2]);
            Thread.sleep(3300);
        } finally {
            child.destroyForcibly();                           // SIGKILL: no shutdown hook, no finally in the child
        }
        long killedMillis = System.currentTimeMillis();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);          // 128 + SIGKILL

        Database db = Database.open(dbFile);
        List<Long> recovered = LiveRecording.recoverInterrupted(db);
        assertThat(recovered).containsExactly(recordingId);
        try (StoredRecording r = new RecordingStore(db).open(recordingId)) {
            assertThat(r.status()).isEqualTo(RecordingStatus.RECOVERED);
            double recordedSeconds = (killedMillis - startedMillis) / 1000.0;
            double storedSeconds = r.sampleCount(31) / 500.0;
            System.out.printf("crash test: recorded %.3f s before SIGKILL, recovered %.3f s, lost %.3f s%n",
                    recordedSeconds, storedSeconds, recordedSeconds - storedSeconds);
            assertThat(recordedSeconds - storedSeconds).as("seconds lost (recorded %.3f s, stored %.3f s)",
                    recordedSeconds, storedSeconds).isBetween(-0.1, 1.0);
            int[] all = new int[(int) r.sampleCount(31)];
            r.readDigital(31, 0, all, 0, all.length);
            assertThat(Arrays.stream(all).anyMatch(v -> v != 0)).as("not all zeros").isTrue();
        }
        assertThat(LiveRecording.recoverInterrupted(db)).isEmpty();   // once only
    }
}
