package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Appending to a recording while it is acquired, on a real SQLite file. */
class LiveRecordingTest {
    @TempDir
    Path dir;

    private static LiveRecordingSpec spec(boolean bdf) {
        SignalInfo a = SignalInfo.of("EEG Cz", "AgAgCl", "uV", -3276.7, 3276.7, -32767, 32767, "", 10, 100);
        SignalInfo b = SignalInfo.of("EEG Pz", "AgAgCl", "uV", -3276.7, 3276.7, -32767, 32767, "", 10, 100);
        return new LiveRecordingSpec(List.of(a, b), 0.1, bdf, LocalDateTime.of(2025, 3, 1, 9, 30), null, null, null, 0);
    }

    private static int[][] records(int n, int base) {
        int[][] d = new int[2][n * 10];
        for (int i = 0; i < n * 10; i++) {
            d[0][i] = base + i;
            d[1][i] = -(base + i);
        }
        return d;
    }

    @Test
    void appendedRecordsAreReadableAtOnceAndAGapMakesItDiscontinuous() {
        Database db = Database.open(dir.resolve("a.db"));
        try (LiveRecording live = LiveRecording.create(db, spec(false))) {
            live.append(records(3, 0), 3, 0.0);
            try (StoredRecording r = new RecordingStore(db).open(live.id())) {       // while still recording
                assertThat(r.status()).isEqualTo(RecordingStatus.RECORDING);
                assertThat(r.format()).isEqualTo(RecordingFormat.EDF_PLUS_C);
                assertThat(r.sampleCount(0)).isEqualTo(30);
            }
            live.append(records(2, 30), 2, 0.3);                 // contiguous
            live.append(records(1, 50), 1, 1.25);                // 0.75 s later than the end: a gap
            live.addAnnotation(new Annotation(0.2, Double.NaN, "Eyes open"));
            live.finish();
        }
        try (StoredRecording r = new RecordingStore(db).open(1)) {
            assertThat(r.status()).isEqualTo(RecordingStatus.COMPLETE);
            assertThat(r.format()).isEqualTo(RecordingFormat.EDF_PLUS_D);
            assertThat(r.recordCount()).isEqualTo(6);
            assertThat(r.recordOnsetSeconds(4)).isEqualTo(0.4, within(1e-9));
            assertThat(r.recordOnsetSeconds(5)).isEqualTo(1.25);
            assertThat(r.gaps()).hasSize(1);
            assertThat(r.gaps().get(0).onsetSeconds()).isCloseTo(0.5, within(1e-9));
            assertThat(r.gaps().get(0).durationSeconds()).isCloseTo(0.75, within(1e-9));
            int[] pz = new int[60];
            r.readDigital(1, 0, pz, 0, 60);
            for (int i = 0; i < 60; i++) assertThat(pz[i]).isEqualTo(-i);
            assertThat(r.annotations()).extracting(Annotation::text).containsExactly("Eyes open");
        }
    }

    @Test
    void recoveryLeavesALiveWriterAloneAndRecoversAnAbandonedOne() {
        Database db = Database.open(dir.resolve("b.db"));
        LiveRecording live = LiveRecording.create(db, spec(true));
        live.append(records(2, 0), 2, 0);
        assertThat(LiveRecording.recoverInterrupted(db)).isEmpty();        // its writer holds the lock
        live.close();                                                      // gone without finish(): like a crash
        assertThat(LiveRecording.recoverInterrupted(db)).containsExactly(live.id());
        try (StoredRecording r = new RecordingStore(db).open(live.id())) {
            assertThat(r.status()).isEqualTo(RecordingStatus.RECOVERED);
            assertThat(r.format()).isEqualTo(RecordingFormat.BDF_PLUS_C);
            assertThat(r.sampleCount(0)).isEqualTo(20);
        }
        assertThat(Files.exists(LiveRecording.lockFile(db.file(), live.id()))).isFalse();
    }

    @Test
    void smallCommitsAreMergedIntoBigChunksWithoutChangingASample() throws Exception {
        Database db = Database.open(dir.resolve("m.db"));
        long id;
        try (LiveRecording live = LiveRecording.create(db, spec(true))) {
            id = live.id();
            for (int k = 0; k < 500; k++) live.append(records(3, k * 30), 3, k * 0.3);   // 15000 samples per signal
            live.finish();
        }
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*), max(sample_count) FROM signal_chunks WHERE signal_index = 0")) {
            rs.next();
            assertThat(rs.getInt(1)).as("chunks of signal 0").isLessThan(10);
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(4096);
        }
        try (StoredRecording r = new RecordingStore(db).open(id)) {
            int[] cz = new int[15000];
            r.readDigital(0, 0, cz, 0, cz.length);
            for (int i = 0; i < cz.length; i++) assertThat(cz[i]).isEqualTo(i);
        }
    }

    @Test
    void overlappingOrMismatchedAppendsAreRefused() {
        Database db = Database.open(dir.resolve("c.db"));
        try (LiveRecording live = LiveRecording.create(db, spec(false))) {
            live.append(records(2, 0), 2, 0);
            assertThatThrownBy(() -> live.append(records(1, 0), 1, 0.1)).hasMessageContaining("overlaps");
            assertThatThrownBy(() -> live.append(new int[1][10], 1, 1)).hasMessageContaining("1 signals given");
            live.finish();
            assertThatThrownBy(() -> live.append(records(1, 0), 1, 5)).hasMessageContaining("already finished");
        }
    }

    @Test
    void aFullDatabaseRefusesTheAppendAndKeepsWhatWasCommitted() {
        Database db = Database.open(dir.resolve("d.db"));
        long size = 0;
        try {
            size = Files.size(db.file());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (LiveRecording live = LiveRecording.create(db, spec(true).withStorageLimit(size + 64 * 1024))) {
            int committed = 0;
            StoreException failure = null;
            for (int k = 0; k < 1000 && failure == null; k++) {
                try {
                    live.append(records(10, k * 100), 10, k * 1.0);
                    committed += 10;
                } catch (StoreException e) {
                    failure = e;
                }
            }
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains("disk is full");
            try (StoredRecording r = new RecordingStore(db).open(live.id())) {
                assertThat(r.recordCount()).isEqualTo(committed);
                int[] last = new int[10];
                r.readDigital(0, committed * 10L - 10, last, 0, 10);
                assertThat(last[9]).isEqualTo((committed / 10 - 1) * 100 + 99);
            }
        }
    }
}
