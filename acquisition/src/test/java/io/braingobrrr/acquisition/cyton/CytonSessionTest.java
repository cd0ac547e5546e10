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

    @Test
    void aChannelAtGainOneKeepsItsFullRangeInTheDatabaseAndTheBdf() throws Exception {
        Path ptys = dir.resolve("ptys1");
        java.nio.file.Files.createDirectories(ptys);
        SocatLink link = new SocatLink(ptys);
        CytonEmulator emulator = new CytonEmulator(link.boardPath(), false, CytonEmulator.Replies.FULL);
        // 300 mV of electrode offset on channel 1: beyond the ±187.5 mV of gain 24, well inside gain 1's ±4.5 V
        emulator.setOffsetMicrovolts(1, 300_000);
        Database db = Database.open(dir.resolve("g.db"));
        CytonBoard board = new CytonBoard(link.hostPath().toString(), false, new CytonTiming(1500, 300, 50, 600));
        SessionSummary s;
        try {
            board.open();
            board.setGain(1, 1);
            RecordingSession session = RecordingSession.start(db, board, SessionOptions.defaults());
            Thread.sleep(800);
            s = session.stop();
        } finally {
            emulator.close();
            link.close();
        }
        assertThat(s.samples()).isGreaterThan(50);
        Path bdf = dir.resolve("gain1.bdf");
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.signals().get(0).physicalMax()).isCloseTo(4.5e6, within(1e-6));
            assertThat(r.signals().get(1).physicalMax()).isCloseTo(187_500, within(1e-6));
            EdfWriter.write(r, bdf);
        }
        try (SignalSource back = RecordingReader.open(bdf)) {
            assertThat(back.signals().get(0).physicalMin()).isCloseTo(-4.5e6, within(1e-6));
            double[] ch1 = new double[50];
            double[] ch2 = new double[50];
            back.readPhysical(0, 0, ch1, 0, 50);
            back.readPhysical(1, 0, ch2, 0, 50);
            double countAtGain1 = CytonBoard.microvoltsPerCount(1);
            for (int k = 0; k < 50; k++) {
                // not clipped at 187.5 mV: the offset and the sine, to one count of gain 1 (0.54 µV)
                assertThat(ch1[k]).isCloseTo(300_000 + CytonEmulator.trueMicrovolts(k, 1, 250), within(countAtGain1));
                assertThat(ch2[k]).isCloseTo(CytonEmulator.trueMicrovolts(k, 2, 250), within(0.05));
            }
        }
    }
}
