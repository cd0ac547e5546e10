package io.braingobrrr.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reused connections behave like fresh ones. */
class ConnectionPoolTest {
    @TempDir
    Path dir;

    @Test
    void closedConnectionRefusesUseAndComesBackClean() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        Connection c = db.connect();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO patients (mrn) VALUES ('left-uncommitted')");
        }
        c.close();                                   // closing an open transaction rolls it back
        assertTrue(c.isClosed());
        assertThrows(SQLException.class, c::createStatement);
        c.close();                                   // a second close is harmless

        try (Connection again = db.connect()) {
            assertTrue(again.getAutoCommit(), "handed out in auto-commit mode");
        }
        assertEquals(List.of("0"), DatabaseTest.query(db, "SELECT count(*) FROM patients"));
        assertEquals(List.of("1"), DatabaseTest.query(db, "PRAGMA foreign_keys"), "reused connections keep their settings");
    }

    @Test
    void manyConnectionsAtOnceAreAllUsable() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        Connection[] open = new Connection[ConnectionPool.MAX_IDLE + 5];
        for (int i = 0; i < open.length; i++) open[i] = db.connect();
        for (Connection c : open) {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT 1").close();
            }
            c.close();
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO patients (mrn) VALUES ('x')");
        }
        assertEquals(List.of("1"), DatabaseTest.query(db, "SELECT count(*) FROM patients"));
    }
}
