package io.braingobrrr.core.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite's error codes into messages a technician can act on. */
final class SqlErrors {
    private static final int SQLITE_BUSY = 5;
    /** Attempts for steps where SQLite answers BUSY at once instead of waiting (see {@link #isBusy}). */
    static final int BUSY_ATTEMPTS = 5;

    private SqlErrors() {
    }

    /**
     * Whether SQLite said BUSY somewhere in the cause chain. The busy timeout does not cover everything:
     * switching a new file to WAL and a deferred transaction that read before writing
     * (SQLITE_BUSY_SNAPSHOT) fail at once, to avoid deadlock. Both happen when two programs create
     * the database together; repeating the step then succeeds.
     */
    static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLiteException && (((SQLiteException) t).getResultCode().code & 0xff) == SQLITE_BUSY) return true;
            if (String.valueOf(t.getMessage()).contains("[SQLITE_BUSY")) return true;   // Flyway copies the text only
        }
        return false;
    }

    /** Short growing pause before attempt {@code attempt + 1}. */
    static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while another program was creating the database");
        }
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
                case SQLITE_BUSY: return "the database is locked by another program; try again"; 
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
