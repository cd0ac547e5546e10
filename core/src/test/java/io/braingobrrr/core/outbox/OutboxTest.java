package io.braingobrrr.core.outbox;

import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {
    @TempDir
    Path dir;

    @Test
    void anEventExistsExactlyWhenTheTransactionThatRecordedItCommits() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        String kept;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            kept = Outbox.record(c, "report.signed", "report:1", "{\"report_id\":1}");
            c.commit();
            Outbox.record(c, "report.signed", "report:2", "{\"report_id\":2}");
            c.rollback();
        }
        assertEquals(List.of(kept + "|report.signed|report:1|{\"report_id\":1}"),
                rows(db, "SELECT event_id || '|' || event_type || '|' || subject || '|' || payload FROM outbox_events"));
        assertTrue(kept.matches("evt_[0-9a-f]{32}"), kept);
    }

    @Test
    void everyEventGetsItsOwnStableId() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        try (Connection c = db.connect()) {
            String a = Outbox.record(c, "patient.updated", "patient:7", "{}");
            String b = Outbox.record(c, "patient.updated", "patient:7", "{}");
            assertNotEquals(a, b);
        }
        assertEquals(List.of("2"), rows(db, "SELECT count(DISTINCT event_id) FROM outbox_events"));
    }

    @Test
    void badEventsAreRefusedWithTheReasonAndLeaveNoRow() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        try (Connection c = db.connect()) {
            IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                    () -> Outbox.record(c, "Report Signed", null, "{}"));
            assertTrue(type.getMessage().contains("'Report Signed'"), type.getMessage());
            IllegalArgumentException json = assertThrows(IllegalArgumentException.class,
                    () -> Outbox.record(c, "report.signed", null, "{not json"));
            assertTrue(json.getMessage().contains("not valid JSON"), json.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Outbox.record(c, "report.signed", null, " "));
        }
        assertEquals(List.of("0"), rows(db, "SELECT count(*) FROM outbox_events"));
    }

    private static List<String> rows(Database db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
