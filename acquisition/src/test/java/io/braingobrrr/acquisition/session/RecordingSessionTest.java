package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.playback.PlaybackDevice;
import io.braingobrrr.acquisition.simulated.SimulatedAmplifier;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStatus;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import io.braingobrrr.core.synth.SyntheticEeg;
import io.braingobrrr.core.synth.SyntheticRecordingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Sessions from the simulated amplifier and a played-back file into a real SQLite file, exported to real EDF/BDF files. */
class RecordingSessionTest {
    @TempDir
    Path dir;

    private Database db() {
        return Database.open(dir.resolve("brrr.db"));
    }

    @Test
    void recordsSimulatedEegSampleExactlyAndExportsItWithMarkers() throws Exception {
        Database db = db();
        SimulatedAmplifier amp = new SimulatedAmplifier(4, 250, 7, 1.0);
        RecordingSession session = RecordingSession.start(db, amp, SessionOptions.defaults());
        Thread.sleep(600);
        session.marker("Patient moved");
        Thread.sleep(900);
        SessionSummary s = session.stop();
        assertThat(s.alarm()).isNull();
        assertThat(s.gaps()).isEmpty();
        assertThat(s.samples() / 250.0).isBetween(1.2, 1.8);
        assertThat(s.samples() % 25).isZero();                         // whole 0.1 s records

        // the same generator, same seed: what the database holds is exactly round(µV x 10)
        SyntheticEeg reference = new SyntheticEeg(4, 250, 7).withTransients();
        float[][] uv = new float[4][(int) s.samples()];
        reference.nextBlock(uv, 0, (int) s.samples());
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.status()).isEqualTo(RecordingStatus.COMPLETE);
            assertThat(r.sampleCount(2)).isEqualTo(s.samples());
            int[] stored = new int[(int) s.samples()];
            r.readDigital(2, 0, stored, 0, stored.length);
            for (int i = 0; i < stored.length; i++) assertThat(stored[i]).isEqualTo(Math.round(uv[2][i] * 10.0f));
            assertThat(r.annotations()).extracting(Annotation::text).containsExactly("Patient moved");
            assertThat(r.annotations().get(0).onsetSeconds()).isCloseTo(0.6, within(0.3));

            Path edf = dir.resolve("out.edf");
            EdfWriter.write(r, edf);
            try (SignalSource back = RecordingReader.open(edf)) {
                assertThat(back.format()).isEqualTo(RecordingFormat.EDF_PLUS_C);
                assertThat(back.signals().get(0).label()).isEqualTo("EEG " + reference.labels().get(0));
                int[] fromFile = new int[stored.length];
                back.readDigital(2, 0, fromFile, 0, fromFile.length);
                assertThat(fromFile).isEqualTo(stored);
                assertThat(back.annotations()).extracting(Annotation::text).contains("Patient moved");
            }
        }
    }

    @Test
    void eyesOpenMarkerBlocksTheSimulatedAlpha() throws Exception {
        Database db = db();
        SimulatedAmplifier amp = new SimulatedAmplifier(19, 250, 4, 4.0);       // 4 s of signal per second
        RecordingSession session = RecordingSession.start(db, amp, SessionOptions.defaults());
        session.marker("Eyes closed");
        Thread.sleep(1500);
        session.marker("eyes  OPEN");
        Thread.sleep(1500);
        SessionSummary s = session.stop();
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            int o1 = r.indexOf("EEG O1");
            int n = 750;                                                   // 3 s windows of signal
            float[] closed = new float[n], open = new float[n];
            r.readPhysical(o1, 750, closed, 0, n);                         // 3-6 s: closed for sure
            r.readPhysical(o1, r.sampleCount(o1) - n, open, 0, n);         // the last 3 s: open
            assertThat(alphaPower(closed)).isGreaterThan(4 * alphaPower(open));
            assertThat(r.annotations()).extracting(Annotation::text).containsExactly("Eyes closed", "eyes  OPEN");
        }
    }

    /** 8-12 Hz power by a plain DFT at 250 Hz. */
    private static double alphaPower(float[] x) {
        int n = x.length;
        double total = 0;
        for (int k = (int) Math.ceil(8.0 * n / 250); k <= 12 * n / 250; k++) {
            double re = 0, im = 0;
            for (int i = 0; i < n; i++) {
                re += x[i] * Math.cos(2 * Math.PI * k * i / n);
                im -= x[i] * Math.sin(2 * Math.PI * k * i / n);
            }
            total += (re * re + im * im) / n;
        }
        return total;
    }

    @Test
    void unplugBecomesAGapAndRecordingResumesAfterReconnect() throws Exception {
        Database db = db();
        SimulatedAmplifier amp = new SimulatedAmplifier(2, 200, 1, 1.0);
        RecordingSession session = RecordingSession.start(db, amp, SessionOptions.defaults().withReconnectInterval(100));
        Thread.sleep(800);
        amp.unplug();
        Thread.sleep(300);
        assertThat(session.state()).isEqualTo(RecordingSession.State.RECONNECTING);
        Thread.sleep(900);
        amp.replug();
        Thread.sleep(900);
        assertThat(session.state()).isEqualTo(RecordingSession.State.RECORDING);
        SessionSummary s = session.stop();
        assertThat(s.reconnects()).isEqualTo(1);
        assertThat(s.gaps()).hasSize(1);
        assertThat(s.gaps().get(0).onsetSeconds()).isCloseTo(0.8, within(0.2));
        assertThat(s.gaps().get(0).durationSeconds()).isCloseTo(1.2, within(0.35));

        Path edf = dir.resolve("gap.edf");
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.gaps()).hasSize(1);
            EdfWriter.write(r, edf);
        }
        try (SignalSource back = RecordingReader.open(edf)) {
            assertThat(back.format()).isEqualTo(RecordingFormat.EDF_PLUS_D);
            assertThat(back.gaps()).hasSize(1);
            assertThat(back.gaps().get(0).durationSeconds()).isCloseTo(s.gaps().get(0).durationSeconds(), within(1e-6));
            assertThat(back.annotations()).extracting(Annotation::text).contains("Amplifier reconnected");
        }
    }

    @Test
    void pauseAndResumeLeaveAGapAndTwoMarkers() throws Exception {
        Database db = db();
        RecordingSession session = RecordingSession.start(db, new SimulatedAmplifier(1, 100, 3, 1.0), SessionOptions.defaults());
        Thread.sleep(500);
        session.pause();
        Thread.sleep(700);
        session.resume();
        Thread.sleep(500);
        SessionSummary s = session.stop();
        assertThat(s.gaps()).hasSize(1);
        assertThat(s.gaps().get(0).durationSeconds()).isCloseTo(0.7, within(0.3));
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.format()).isEqualTo(RecordingFormat.EDF_PLUS_D);
            assertThat(r.annotations()).extracting(Annotation::text).containsExactly("Recording paused", "Recording resumed");
        }
    }

    @Test
    void fullDiskStopsWithAnAlarmAndKeepsWhatWasWritten() throws Exception {
        Database db = db();
        long size = java.nio.file.Files.size(db.file());
        SimulatedAmplifier amp = new SimulatedAmplifier(64, 1000, 5, 4.0);
        RecordingSession session = RecordingSession.start(db, amp, SessionOptions.defaults().withStorageLimit(size + 1_500_000));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!session.hasEnded() && System.currentTimeMillis() < deadline) Thread.sleep(50);
        assertThat(session.state()).isEqualTo(RecordingSession.State.FAILED);
        SessionSummary s = session.stop();
        assertThat(s.alarm()).contains("disk is full");
        assertThat(s.samples()).isPositive();
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.sampleCount(63)).isEqualTo(s.samples());
            int[] all = new int[(int) s.samples()];
            r.readDigital(63, 0, all, 0, all.length);                      // every committed sample is readable
            EdfWriter.write(r, dir.resolve("partial.edf"));
        }
    }

    @Test
    void playbackOfAFileIsRecordedSampleExactAtFourTimesSpeed() throws Exception {
        Path file = dir.resolve("source.bdf");
        SyntheticRecordingWriter.write(file, 2.0 / 3600, 3, 128);
        Database db = db();
        PlaybackDevice player = new PlaybackDevice(file, 4.0);
        RecordingSession session = RecordingSession.start(db, player, SessionOptions.defaults());
        long deadline = System.currentTimeMillis() + 5000;
        while (!session.hasEnded() && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertThat(session.hasEnded()).isTrue();
        SessionSummary s = session.stop();
        assertThat(s.samples()).isEqualTo(256);
        try (SignalSource src = RecordingReader.open(file);
             StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.format()).isEqualTo(RecordingFormat.BDF_PLUS_C);
            for (int sig = 0; sig < 3; sig++) {
                int[] a = new int[256], b = new int[256];
                src.readDigital(sig, 0, a, 0, 256);
                r.readDigital(sig, 0, b, 0, 256);
                assertThat(b).isEqualTo(a);
                assertThat(r.signals().get(sig).physicalMax()).isEqualTo(src.signals().get(sig).physicalMax());
            }
        }
    }
}
