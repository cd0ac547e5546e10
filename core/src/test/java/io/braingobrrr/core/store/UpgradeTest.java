package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "An upgrade never loses data": a V1 database with a recording goes through a table-rebuilding migration. */
class UpgradeTest {
    private static final String REHEARSAL = "classpath:db/upgrade-rehearsal";
    private static final String CHILD_ROWS = "SELECT (SELECT count(*) FROM recording_signals) || '/'"
            + " || (SELECT count(*) FROM signal_chunks) || '/' || (SELECT count(*) FROM annotations)";

    @TempDir
    Path dir;

    private long importOne(Database db, SyntheticSource src) {
        return new RecordingStore(db).importRecording(src, ImportInfo.of("before-upgrade.edf"));
    }

    private static SyntheticSource source() {
        List<SignalInfo> signals = RecordingStoreTest.mixedRates();
        return new SyntheticSource(RecordingFormat.EDF_PLUS_C, signals, 40, 1, null,
                List.of(new Annotation(3, 1, "kept")), SyntheticSource.fullRange(signals));
    }

    @Test
    void tableRebuildKeepsEveryRow() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        SyntheticSource src = source();
        long id = importOne(db, src);
        List<String> before = DatabaseTest.query(db, CHILD_ROWS);
        String versions = "SELECT version FROM flyway_schema_history ORDER BY installed_rank";
        // Whatever migrations main ships (other issues add theirs), the rehearsal script comes after them.
        List<String> expected = new java.util.ArrayList<>(DatabaseTest.query(db, versions));
        expected.add("9000");

        int ran = Migrations.migrate(db.file(), Database.dataSource(db.file(), false), Migrations.LOCATION, REHEARSAL);

        assertEquals(1, ran, "only the new script runs; the app's own migrations are not run again");
        assertEquals(expected, DatabaseTest.query(db, versions));
        assertEquals("1", expected.get(0));
        assertEquals(before, DatabaseTest.query(db, CHILD_ROWS));
        Database reopened = Database.open(db.file());     // the app's own scripts: the newer history is accepted
        DatabaseTest.execute(reopened, "INSERT INTO recordings (format, start_time, record_count, record_duration_s,"
                + " duration_s, status) VALUES ('EDF', '2020-01-01T00:00', 0, 1, 0, 'archived')");   // new CHECK holds
        try (StoredRecording rec = new RecordingStore(reopened).open(id)) {
            RecordingAssertions.assertSameRecording(src, rec);
        }
    }

    /** Why migrations run with foreign keys off: with them on, DROP TABLE cascades into the children. */
    @Test
    void theSameRebuildWithForeignKeysOnWouldLoseTheSamples() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        importOne(db, source());
        Migrations.migrate(db.file(), Database.dataSource(db.file(), true), Migrations.LOCATION, REHEARSAL);
        assertEquals(List.of("0/0/0"), DatabaseTest.query(db, CHILD_ROWS));
    }
}
