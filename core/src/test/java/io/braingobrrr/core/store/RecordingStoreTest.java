package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingStoreTest {
    @TempDir
    Path dir;
    Database db;
    RecordingStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("brrr.db"));
        store = new RecordingStore(db);
    }

    /** 256, 100 and 1 samples per 1 s record: chunk boundaries fall at different samples per signal. */
    static List<SignalInfo> mixedRates() {
        return List.of(
                SyntheticSource.signal("EEG Fp1-REF", 256, -32768, 32767, -3276.8, 3276.7),
                SyntheticSource.signal("EEG O2-REF", 100, -2048, 2047, 500, -500),        // inverted range
                SyntheticSource.signal("SpO2", 1, 0, 1000, 0, 100));
    }

    @Test
    void readsBackExactSamplesOverRangesAcrossChunkBoundaries() {
        List<SignalInfo> signals = mixedRates();
        SyntheticSource src = SyntheticSource.continuous(RecordingFormat.EDF_PLUS_C, signals, 50);
        long id = store.importRecording(src, ImportInfo.of("mixed.edf"));
        int recordsPerChunk = RecordingImport.recordsPerChunk(signals);
        assertEquals(16, recordsPerChunk, "4096 samples / 256 per record");

        try (StoredRecording rec = store.open(id)) {
            assertEquals(signals, rec.signals());
            assertEquals(RecordingFormat.EDF_PLUS_C, rec.format());
            assertEquals(src.startTime(), rec.startTime());
            assertEquals(50, rec.recordCount());
            assertEquals(50.0, rec.durationSeconds());
            assertEquals(List.of(), rec.gaps());
            Random random = new Random(42);
            for (int s = 0; s < signals.size(); s++) {
                long total = rec.sampleCount(s);
                long boundary = (long) recordsPerChunk * signals.get(s).samplesPerRecord();
                assertRange(src, rec, s, 0, (int) total);                       // everything at once
                assertRange(src, rec, s, boundary - 1, 2);                      // straddles one boundary
                assertRange(src, rec, s, boundary, 1);                          // first sample of a chunk
                assertRange(src, rec, s, boundary - 1, 1);                      // last sample of a chunk
                assertRange(src, rec, s, boundary - 3, (int) Math.min(2 * boundary + 6, total - boundary + 3)); // 3 chunks
                assertRange(src, rec, s, total - 1, 1);
                assertRange(src, rec, s, 7, 0);
                for (int i = 0; i < 40; i++) {
                    long first = (long) (random.nextDouble() * total);
                    assertRange(src, rec, s, first, random.nextInt((int) (total - first) + 1));
                }
            }
        }
    }

    /** Digital values from the formula, physical ones as the source computes them and as the header defines them. */
    private static void assertRange(SyntheticSource src, StoredRecording rec, int s, long first, int count) {
        int[] expected = new int[count + 2];
        src.readDigital(s, first, expected, 1, count);
        int[] actual = new int[count + 2];
        rec.readDigital(s, first, actual, 1, count);
        assertArrayEquals(expected, actual, () -> "signal " + s + " samples " + first + "+" + count);

        double[] physical = new double[count];
        rec.readPhysical(s, first, physical, 0, count);
        double[] fromSource = new double[count];
        src.readPhysical(s, first, fromSource, 0, count);
        assertArrayEquals(fromSource, physical);
        SignalInfo info = rec.signals().get(s);
        for (int i = 0; i < count; i++) {
            double byDefinition = (expected[1 + i] - info.digitalMin()) * (info.physicalMax() - info.physicalMin())
                    / (info.digitalMax() - info.digitalMin()) + info.physicalMin();
            assertEquals(byDefinition, physical[i], 1e-9 * Math.abs(info.physicalMax() - info.physicalMin()));
        }
        float[] floats = new float[count];
        rec.readPhysical(s, first, floats, 0, count);
        for (int i = 0; i < count; i++) assertEquals((float) fromSource[i], floats[i]);
    }

    @Test
    void bdfUsesInt32OnlyWhereValuesNeedIt() throws Exception {
        List<SignalInfo> signals = List.of(
                SyntheticSource.signal("Fz", 64, -8388608, 8388607, -262144, 262143.97),
                SyntheticSource.signal("Status", 64, -8388608, 8388607, -8388608, 8388607));
        // The status channel only ever holds small trigger codes: those chunks fit int16.
        SyntheticSource.Samples values = (s, n) -> s == 0 ? SyntheticSource.fullRange(signals).value(0, n) : (int) (n % 256);
        SyntheticSource src = new SyntheticSource(RecordingFormat.BDF, signals, 70, 1, null, List.of(), values);
        long id = store.importRecording(src, ImportInfo.of("big.bdf"));
        assertEquals(List.of("0|4", "1|2"), DatabaseTest.query(db, "SELECT DISTINCT signal_index || '|' || bytes_per_sample"
                + " FROM signal_chunks WHERE recording_id = " + id + " ORDER BY 1"));
        try (StoredRecording rec = store.open(id)) {
            assertRange(src, rec, 0, 0, (int) rec.sampleCount(0));
            assertRange(src, rec, 1, 0, (int) rec.sampleCount(1));
        }
    }

    @Test
    void valuesOutsideTheDeclaredRangeSurviveExactly() {
        List<SignalInfo> signals = List.of(SyntheticSource.signal("C3", 128, -100, 100, -100, 100));
        SyntheticSource.Samples wild = (s, n) -> n % 3 == 0 ? -40_000 - (int) n : (n % 3 == 1 ? 70_000 : (int) n % 100);
        SyntheticSource src = new SyntheticSource(RecordingFormat.EDF, signals, 40, 1, null, List.of(), wild);
        long id = store.importRecording(src, ImportInfo.of("wild.edf"));
        try (StoredRecording rec = store.open(id)) {
            assertRange(src, rec, 0, 0, (int) rec.sampleCount(0));
            assertRange(src, rec, 0, 2047, 3);
        }
    }

    @Test
    void discontinuousRecordKeepsOnsetsAndGaps() throws Exception {
        double[] onsets = {0, 1, 2, 10, 11, 12, 13, 20.5, 21.5, 22.5};
        List<SignalInfo> signals = List.of(SyntheticSource.signal("Cz", 512, -32768, 32767, -1000, 1000));
        SyntheticSource src = new SyntheticSource(RecordingFormat.EDF_PLUS_D, signals, onsets.length, 1.0, onsets,
                List.of(), SyntheticSource.fullRange(signals));
        long id = store.importRecording(src, ImportInfo.of("gappy.edf"));
        try (StoredRecording rec = store.open(id)) {
            assertEquals(RecordingFormat.EDF_PLUS_D, rec.format());
            assertEquals(List.of(new Gap(3, 7), new Gap(14, 6.5)), rec.gaps());
            for (int r = 0; r < onsets.length; r++) assertEquals(onsets[r], rec.recordOnsetSeconds(r));
            assertEquals(23.5, rec.durationSeconds());
            assertEquals(10.0, rec.timeOfSample(0, 3 * 512));           // first sample after the first gap
            assertEquals(3 * 512, rec.sampleAtOrAfter(0, 5.0));           // inside the gap: next record
            assertRange(src, rec, 0, 2 * 512 + 500, 600);                 // across the gap, across a chunk end
        }
        assertEquals(List.of("10"), DatabaseTest.query(db, "SELECT count(*) FROM recording_records WHERE recording_id = " + id));
    }

    @Test
    void continuousRecordingStoresNoOnsetRows() throws Exception {
        long id = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 5), ImportInfo.of("c.edf"));
        assertEquals(List.of("0"), DatabaseTest.query(db, "SELECT count(*) FROM recording_records WHERE recording_id = " + id));
        try (StoredRecording rec = store.open(id)) {
            assertEquals(4.0, rec.recordOnsetSeconds(4));
        }
    }

    /** An annotation-only EDF+C: duration 0, every record stamped with its own onset, no signals, no gaps. */
    @Test
    void annotationOnlyRecordingKeepsItsRecordOnsets() {
        double[] onsets = {0, 5.5, 41685.913125};
        SyntheticSource src = new SyntheticSource(RecordingFormat.EDF_PLUS_C, List.of(), onsets.length, 0, onsets,
                List.of(new Annotation(5.5, 30, "Sleep stage W")), (s, n) -> 0);
        long id = store.importRecording(src, ImportInfo.of("annotations.edf"));
        try (StoredRecording rec = store.open(id)) {
            for (int r = 0; r < onsets.length; r++) assertEquals(onsets[r], rec.recordOnsetSeconds(r));
            assertEquals(List.of(), rec.gaps());
            assertEquals(List.of(), rec.signals());
            assertEquals(src.annotations(), rec.annotations());
        }
    }

    @Test
    void annotationsRoundTrip() throws Exception {
        List<Annotation> annotations = List.of(
                new Annotation(-0.5, Double.NaN, "Recording starts"),
                new Annotation(0.0, 0.0, "zero duration"),
                new Annotation(1.25, 30, "Eyes closed / Augen zu / 目を閉じる"),
                new Annotation(4.0, Double.NaN, ""),
                new Annotation(4.0, 2.5, "second at the same onset"));
        List<SignalInfo> signals = List.of(SyntheticSource.signal("Pz", 10, -10, 10, -1, 1));
        SyntheticSource src = new SyntheticSource(RecordingFormat.EDF_PLUS_C, signals, 5, 1, null, annotations,
                SyntheticSource.fullRange(signals));
        long id = store.importRecording(src, ImportInfo.of("notes.edf"));
        try (StoredRecording rec = store.open(id)) {
            assertEquals(annotations, rec.annotations());      // record equals compares NaN durations as equal
        }
        assertEquals(List.of("file"), DatabaseTest.query(db, "SELECT DISTINCT source FROM annotations"));
    }

    @Test
    void importInfoIsKeptAndListedNewestFirst() {
        PatientStore patients = new PatientStore(db);
        long patient = patients.create("MRN-77", "Grace H.", null, "f").id();
        long first = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 3),
                ImportInfo.of("one.edf"));
        long second = store.importRecording(SyntheticSource.continuous(RecordingFormat.BDF_PLUS_C, mixedRates(), 7),
                ImportInfo.of("two.bdf").withSha256("ab12").withPatient(patient)
                        .withIdentification("MRN-77 F 01-JAN-1980 Grace", "Startdate 14-MAR-2021 X tech X"));
        List<RecordingSummary> list = store.list();
        assertEquals(List.of(second, first), list.stream().map(RecordingSummary::id).toList());
        RecordingSummary top = list.get(0);
        assertEquals("two.bdf", top.sourceFile());
        assertEquals(patient, top.patientId());
        assertEquals(RecordingFormat.BDF_PLUS_C, top.format());
        assertEquals(7.0, top.durationSeconds());
        assertEquals(3, top.signalCount());
        assertEquals(RecordingStatus.IMPORTED, top.status());
        assertNull(list.get(1).patientId());
        try (StoredRecording rec = store.open(second)) {
            assertEquals("MRN-77 F 01-JAN-1980 Grace", rec.patientIdentification());
            assertEquals("Startdate 14-MAR-2021 X tech X", rec.recordingIdentification());
            assertEquals("two.bdf", rec.sourceFile());
        }
    }

    @Test
    void startTimeIsStoredAsSortableIsoText() throws Exception {
        LocalDateTime fullMinute = LocalDateTime.of(2009, 12, 10, 12, 44);
        long a = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 1)
                .startingAt(fullMinute), ImportInfo.of("a.edf"));
        long b = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 1)
                .startingAt(LocalDateTime.of(2009, 12, 10, 12, 44, 0, 123_456_000)), ImportInfo.of("b.edf"));
        assertEquals(List.of("2009-12-10T12:44:00", "2009-12-10T12:44:00.123456"),
                DatabaseTest.query(db, "SELECT start_time FROM recordings WHERE id IN (" + a + ", " + b + ") ORDER BY id"));
        try (StoredRecording rec = store.open(a)) {
            assertEquals(fullMinute, rec.startTime());
        }
    }

    @Test
    void softDeleteHidesButKeepsTheData() throws Exception {
        long keep = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 3), ImportInfo.of("a.edf"));
        long gone = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 3), ImportInfo.of("b.edf"));
        List<String> chunksBefore = DatabaseTest.query(db, "SELECT count(*) FROM signal_chunks WHERE recording_id = " + gone);
        store.softDelete(gone);
        store.softDelete(gone);                                          // twice is harmless
        assertEquals(List.of(keep), store.list().stream().map(RecordingSummary::id).toList());
        StoreException e = assertThrows(StoreException.class, () -> store.open(gone));
        assertTrue(e.getMessage().contains("recording " + gone + " was deleted"), e.getMessage());
        assertEquals(chunksBefore, DatabaseTest.query(db, "SELECT count(*) FROM signal_chunks WHERE recording_id = " + gone));
        StoreException missing = assertThrows(StoreException.class, () -> store.softDelete(12345));
        assertTrue(missing.getMessage().contains("no recording 12345"), missing.getMessage());
    }

    @Test
    void readsOutsideTheRecordingNameWhatIsWrong() {
        long id = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 2), ImportInfo.of("x.edf"));
        try (StoredRecording rec = store.open(id)) {
            int[] buffer = new int[600];
            IndexOutOfBoundsException past = assertThrows(IndexOutOfBoundsException.class,
                    () -> rec.readDigital(0, 500, buffer, 0, 13));
            assertTrue(past.getMessage().contains("500..513 are outside 0..512"), past.getMessage());
            IndexOutOfBoundsException noSignal = assertThrows(IndexOutOfBoundsException.class,
                    () -> rec.readDigital(3, 0, buffer, 0, 1));
            assertTrue(noSignal.getMessage().contains("no signal 3"), noSignal.getMessage());
        }
        StoreException e = assertThrows(StoreException.class, () -> store.open(999));
        assertEquals("there is no recording 999", e.getMessage());
    }

    /** A viewer keeps a recording open for hours: between reads it must not pin a snapshot, or the WAL grows forever. */
    @Test
    void openRecordingDoesNotBlockCheckpoints() throws Exception {
        long id = store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 40), ImportInfo.of("v.edf"));
        try (StoredRecording rec = store.open(id)) {
            rec.readDigital(0, 100, new int[5000], 0, 5000);
            store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 40), ImportInfo.of("w.edf"));
            // TRUNCATE must wait for every reader to leave the WAL; "busy" = 1 means one did not.
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt("busy"), "the open recording pins a snapshot");
                assertEquals(0, rs.getInt("log"), "WAL frames left after TRUNCATE");
            }
            assertEquals(0, Files.size(Path.of(db.file() + "-wal")));
        }
    }

    @Test
    void dataSurviveReopeningTheDatabase() {
        SyntheticSource src = SyntheticSource.continuous(RecordingFormat.EDF, mixedRates(), 20);
        long id = store.importRecording(src, ImportInfo.of("kept.edf"));
        RecordingStore reopened = new RecordingStore(Database.open(db.file()));
        try (StoredRecording rec = reopened.open(id)) {
            for (int s = 0; s < 3; s++) assertRange(src, rec, s, 0, (int) rec.sampleCount(s));
        }
    }
}
