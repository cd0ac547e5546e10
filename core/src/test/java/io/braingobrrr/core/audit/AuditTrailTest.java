package io.braingobrrr.core.audit;

import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hash chain on a real SQLite file, tampered with the way an attacker with the file would. */
class AuditTrailTest {
    @TempDir
    Path dir;
    private Database db;
    private AuditTrail trail;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("brrr.db"));
        trail = new AuditTrail(db);
        for (int i = 1; i <= 5; i++) {
            trail.append(new AuditEvent("ann", "recording.read", "recording", Integer.toString(i),
                    Map.of("n", i), "api", "127.0.0.1"));
        }
    }

    @Test
    void intactChainVerifies() {
        assertEquals(new AuditVerification(5, true, null, null), trail.verify());
    }

    @Test
    void emptyTrailVerifies() {
        assertEquals(new AuditVerification(0, true, null, null), new AuditTrail(Database.open(dir.resolve("empty.db"))).verify());
    }

    @Test
    void rowsLinkToTheirPredecessorAndHashTheirContent() throws Exception {
        List<AuditEntry> rows = trail.page(AuditQuery.ALL, 1, 10).items();   // newest first
        AuditEntry first = rows.get(4);
        assertNull(first.prevHash());
        for (int i = 0; i < 4; i++) assertEquals(rows.get(i + 1).hash(), rows.get(i).prevHash());
        // Recompute row 1's hash independently from the documented canonical form.
        String canonical = "brrr-audit-v1\n1:1;" + first.at().length() + ":" + first.at() + ";3:ann;14:recording.read;"
                + "9:recording;1:1;7:{\"n\":1};3:api;9:127.0.0.1;-;";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, first.hash());
    }

    @Test
    void triggersRefuseUpdateAndDelete() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            SQLException up = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_log SET actor = 'eve' WHERE id = 2"));
            assertTrue(up.getMessage().contains("append-only"), up.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_log WHERE id = 2"));
        }
        assertTrue(trail.verify().ok());
    }

    @Test
    void editedRowIsFoundAfterTheTriggersAreDropped() throws Exception {
        tamper("DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET actor = 'eve' WHERE id = 3");
        AuditVerification v = trail.verify();
        assertFalse(v.ok());
        assertEquals(3L, v.firstBadId());
        assertTrue(v.problem().contains("edited"), v.problem());
    }

    @Test
    void editedRowWithRecomputedOwnHashStillBreaksTheNextLink() throws Exception {
        // A careful attacker rewrites the hash of the row they edit; the next row still points at the old one.
        AuditEntry row3 = trail.page(AuditQuery.ALL, 3, 1).items().get(0);
        String forged = CanonicalRow.hash(3, row3.at(), "eve", row3.action(), row3.entity(), row3.entityId(),
                row3.detail(), row3.origin(), row3.address(), row3.prevHash());
        tamper("DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET actor = 'eve', hash = '" + forged + "' WHERE id = 3");
        AuditVerification v = trail.verify();
        assertEquals(4L, v.firstBadId());
        assertTrue(v.problem().contains("prev_hash"), v.problem());
    }

    @Test
    void deletedRowIsFound() throws Exception {
        tamper("DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 2");
        AuditVerification v = trail.verify();
        assertEquals(new AuditVerification(2, false, 3L, "row 2 is missing (next row is 3)"), v);
    }

    @Test
    void deletedFirstRowIsFound() throws Exception {
        tamper("DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 1");
        assertEquals(2L, trail.verify().firstBadId());
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            int n = i;
            pool.submit(() -> trail.append(new AuditEvent("t" + n, "x.y", null, null, Map.of(), "api", null)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(new AuditVerification(45, true, null, null), trail.verify());
    }

    @Test
    void filtersByActorActionAndEntity() {
        trail.append(new AuditEvent("bob", "user.login", "user", "2", Map.of(), "gui", "pc1"));
        assertEquals(1, trail.page(new AuditQuery("bob", null, null, null, null, null), 1, 10).total());
        assertEquals(5, trail.page(new AuditQuery(null, "recording.read", null, null, null, null), 1, 2).total());
        assertEquals(2, trail.page(new AuditQuery(null, "recording.read", null, null, null, null), 1, 2).items().size());
        assertEquals(1, trail.page(new AuditQuery(null, null, "recording", "4", null, null), 1, 10).total());
    }

    /** Raw JDBC on the file, bypassing the application, as someone with sqlite3 would. */
    private void tamper(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file()); Statement s = c.createStatement()) {
            for (String q : sql) s.executeUpdate(q);
        }
    }
}
