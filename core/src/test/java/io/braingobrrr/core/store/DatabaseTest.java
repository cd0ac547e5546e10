package io.braingobrrr.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    /** How many migrations main ships: every one must be applied exactly once, whatever their number. */
    static final String MIGRATIONS = String.valueOf(migrationScripts());

    private static long migrationScripts() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path dir;

    @Test
    void emptyFileInNewFoldersBecomesCurrentSchema() throws Exception {
        Path file = dir.resolve("a/b/brrr.db");
        Database db = Database.open(file);
        assertTrue(Files.isRegularFile(file));
        Set<String> tables = new TreeSet<>(query(db, "SELECT name FROM sqlite_schema WHERE type = 'table'"));
        assertTrue(tables.containsAll(Set.of("patients", "recordings", "recording_signals", "recording_records",
                "signal_chunks", "annotations", "analyses", "results", "users", "audit_log", "outbox",
                "installation_secrets", "refresh_tokens", "idempotency_keys", "sleep_scorings", "sleep_epochs",
                "custom_montages", "custom_montage_derivations", "channel_layouts", "user_settings", "installation_settings", "api_clients",
                "flyway_schema_history")), tables.toString());
        assertEquals(List.of("1|initial schema|1", "2|recording source warnings|1",
                "3|identity and audit|1", "4|outbox events|1", "6|review workstation|1", "8|sync delivery|1", "9|clinical reports|1",
                "10|integration clients|1", "11|installation settings|1", "12|analysis workers|1"),
                query(db, "SELECT version || '|' || description || '|' || success FROM flyway_schema_history"));
    }

    /**
     * Flyway refuses every existing database whose applied script has changed since (checksum mismatch).
     * The checksums below are the migrations as merged into main; if this fails, undo the edit and write a new
     * migration instead.
     */
    @Test
    void releasedMigrationsNeverChange() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        assertEquals(List.of("1|1161233262", "2|1466741606", "3|-1164284142", "4|-672951104", "6|551412581", "8|1140226680", "9|-84030215",
                "10|-1050604968", "11|-1331215036", "12|290371982"),
                query(db, "SELECT version || '|' || checksum FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void connectionsUseWalForeignKeysAndBusyTimeout() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        assertEquals(List.of("wal"), query(db, "PRAGMA journal_mode"));
        assertEquals(List.of("1"), query(db, "PRAGMA foreign_keys"));
        assertEquals(List.of("10000"), query(db, "PRAGMA busy_timeout"));
        assertEquals(List.of("1"), query(db, "PRAGMA synchronous"));   // 1 = NORMAL
        // Foreign keys really bite: a recording of a patient that does not exist is refused.
        SQLException e = assertThrows(SQLException.class, () -> execute(db,
                "INSERT INTO recordings (patient_id, format, start_time, record_count, record_duration_s, duration_s,"
                        + " status) VALUES (999, 'EDF', '2020-01-01T00:00', 0, 1, 0, 'imported')"));
        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
    }

    @Test
    void reopeningRunsNoMigrationTwiceAndKeepsData() throws Exception {
        Path file = dir.resolve("brrr.db");
        Database first = Database.open(file);
        execute(first, "INSERT INTO patients (mrn, name) VALUES ('MRN-1', 'Ada')");
        execute(first, "INSERT INTO users (username, role, password_hash) VALUES ('tech', 'technician', 'x')");

        Database again = Database.open(file);
        assertEquals(List.of(MIGRATIONS), query(again, "SELECT count(*) FROM flyway_schema_history"));
        assertEquals(List.of("MRN-1|Ada"), query(again, "SELECT mrn || '|' || name FROM patients"));
        assertEquals(List.of("tech"), query(again, "SELECT username FROM users"));
    }

    /** Flyway takes no lock on SQLite; first opens that race must still all succeed (GUI + CLI at first start). */
    @Test
    void simultaneousFirstOpensAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                Path file = dir.resolve("race" + round + ".db");
                List<Future<Database>> opens = new ArrayList<>();
                for (int i = 0; i < 4; i++) opens.add(pool.submit(() -> Database.open(file)));
                for (Future<Database> f : opens) assertEquals(file, f.get().file());
                assertEquals(List.of(MIGRATIONS), query(opens.get(0).get(), "SELECT count(*) FROM flyway_schema_history"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void auditLogIsAppendOnly() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        execute(db, "INSERT INTO audit_log (actor, action, origin, hash) VALUES ('system', 'db.create', 'cli', 'h1')");
        SQLException update = assertThrows(SQLException.class, () -> execute(db, "UPDATE audit_log SET actor = 'x'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> execute(db, "DELETE FROM audit_log"));
        assertEquals(List.of("system"), query(db, "SELECT actor FROM audit_log"));
    }

    @Test
    void randomBytesFailWithTheFileNamed() throws Exception {
        Path file = dir.resolve("broken.db");
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertFalse(e.getMessage().contains("SQLITE_"), "no JDBC jargon: " + e.getMessage());
        assertEquals(64 * 1024, Files.size(file), "a broken file is never overwritten");
    }

    @Test
    void foreignSqliteDatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("INSERT INTO invoices (amount) VALUES (12.5)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a Brain-Go-Brrr database"),
                e.getMessage());
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            assertTrue(rs.next());
            assertEquals("invoices", rs.getString(1));
            assertFalse(rs.next(), "no table was added to a database that is not ours");
        }
    }

    @Test
    void folderInsteadOfFileIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void defaultLocationPerOperatingSystem() {
        Map<String, String> none = Map.of();
        assertEquals(Path.of("/tmp/x.db"), Database.defaultFile("/tmp/x.db", "Linux", none, "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/brain-go-brrr/brrr.db"),
                Database.defaultFile(null, "Linux", none, "/home/u"));
        assertEquals(Path.of("/data/xdg/brain-go-brrr/brrr.db"),
                Database.defaultFile(" ", "Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/brain-go-brrr/brrr.db"),
                Database.defaultFile(null, "Linux", Map.of("XDG_DATA_HOME", "relative/xdg"), "/home/u"),
                "a relative XDG_DATA_HOME is ignored, as the XDG spec demands");
        assertEquals(Path.of("/Users/u/Library/Application Support/Brain-Go-Brrr/brrr.db"),
                Database.defaultFile(null, "Mac OS X", none, "/Users/u"));
        assertEquals(Path.of("/appdata/Roaming", "Brain-Go-Brrr", "brrr.db"),
                Database.defaultFile(null, "Windows 11", Map.of("APPDATA", "/appdata/Roaming"), "/Users/u"));
    }

    @Test
    void systemPropertyOverridesDefault() {
        String before = System.getProperty(Database.FILE_PROPERTY);
        try {
            System.setProperty(Database.FILE_PROPERTY, dir.resolve("override.db").toString());
            assertEquals(dir.resolve("override.db"), Database.defaultFile());
        } finally {
            if (before == null) System.clearProperty(Database.FILE_PROPERTY);
            else System.setProperty(Database.FILE_PROPERTY, before);
        }
    }

    static List<String> query(Database db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
