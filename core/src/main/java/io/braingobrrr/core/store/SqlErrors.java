package io.braingobrrr.core.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite's error codes into messages a technician can act on. */
final class SqlErrors {
    private SqlErrors() {
    }

    /** A {@link StoreException} "FILE: cannot DOING: reason". */
    static StoreException translate(Path file, String doing, SQLException e) {
        return new StoreException(file + ": cannot " + doing + ": " + reason(e), e);
    }

    static String reason(SQLException e) {
        if (e instanceof SQLiteException) {
            SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
            switch (code.code & 0xff) {                         // primary code; extended codes refine it
                case 26: return "not a SQLite database (or its first page is destroyed)";   // SQLITE_NOTADB
                case 11: return "the database file is damaged (" + detail(e) + ")";          // SQLITE_CORRUPT
                case 14: return "the file cannot be opened (missing permission or folder?)"; // SQLITE_CANTOPEN
                case 8:  return "the database is read-only for this user";                   // SQLITE_READONLY
                case 5:  return "the database stayed locked by another program for "
                        + Database.BUSY_TIMEOUT_MS / 1000 + " s";                            // SQLITE_BUSY
                case 13: return "the disk is full";                                          // SQLITE_FULL
                case 10: return "a disk read or write failed (" + detail(e) + ")";           // SQLITE_IOERR
                default: return detail(e);
            }
        }
        return detail(e);
    }

    /** sqlite-jdbc messages look like "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: patients.mrn)"; keep the part in brackets at the end. */
    private static String detail(SQLException e) {
        String m = e.getMessage();
        if (m == null) return e.getClass().getSimpleName();
        int open = m.lastIndexOf('(');
        if (m.startsWith("[") && open > 0 && m.endsWith(")")) return m.substring(open + 1, m.length() - 1);
        return m;
    }
}
