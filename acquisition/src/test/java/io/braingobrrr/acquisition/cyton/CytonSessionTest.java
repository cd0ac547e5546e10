package io.braingobrrr.acquisition.cyton;

import io.braingobrrr.acquisition.session.RecordingSession;
import io.braingobrrr.acquisition.session.SessionOptions;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A whole session from the emulated Cyton over a real pty: the cable is pulled, replugged, and the gap lands in a BDF+D. */
class CytonSessionTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsSocat() {
        assumeTrue(SocatLink.available(), "socat is not installed (apt-get install socat): Cyton session test skipped");
    }

    @Test
    void unplugDuringARecordingBecomesAGapInTheBdfAndMicrovoltsAreRight() throws Exception {
        Path ptys = dir.resolve("ptys");
        java.nio.file.Files.createDirectories(ptys);
        SocatLink link = new SocatLink(ptys);
        CytonEmulator emulator = new CytonEmulator(link.boardPath(), false, CytonEmulator.Replies.FULL);
        Database db = Database.open(dir.resolve("c.db"));
        CytonBoard board = new CytonBoard(link.hostPath().toString(), false, new CytonTiming(1500, 300, 50, 600));
        RecordingSession session = RecordingSession.start(db, board, SessionOptions.defaults().withReconnectInterval(200));
        try {
            Thread.sleep(1200);
            link.kill();
            emulator.close();
            Thread.sleep(1500);
            assertThat(session.state()).isEqualTo(RecordingSession.State.RECONNECTING);
            link.start();
            emulator = new CytonEmulator(link.boardPath(), false, CytonEmulator.Replies.FULL);
            long deadline = System.currentTimeMillis() + 8000;
            while (session.state() != RecordingSession.State.RECORDING && System.currentTimeMillis() < deadline) Thread.sleep(50);
            assertThat(session.state()).isEqualTo(RecordingSession.State.RECORDING);
            Thread.sleep(1000);
        } finally {
            SessionSummary s = session.stop();
            emulator.close();
            link.close();
            assertThat(s.reconnects()).isEqualTo(1);
            assertThat(s.gaps()).hasSize(1);
            assertThat(s.gaps().get(0).durationSeconds()).isBetween(0.5, 4.0);
            Path bdf = dir.resolve("cyton.bdf");
            try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
                EdfWriter.write(r, bdf);
            }
            try (SignalSource back = RecordingReader.open(bdf)) {
                assertThat(back.format()).isEqualTo(RecordingFormat.BDF_PLUS_D);
                assertThat(back.gaps()).hasSize(1);
                assertThat(back.signals().get(2).label()).isEqualTo("EEG C3");
                // the first samples are the emulator's true signal in µV (channel 3), to one count of 0.0224 µV
                double[] uv = new double[50];
                back.readPhysical(2, 0, uv, 0, 50);
                for (int k = 0; k < 50; k++) {
                    assertThat(uv[k]).isCloseTo(CytonEmulator.trueMicrovolts(k, 3, 250), within(0.05));
                }
            }
        }
    }
}
