package io.braingobrrr.core.audit;

import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only, hash-chained audit trail (table audit_log). Each row stores the previous row's hash and
 * its own: SHA-256 over its canonical content and that previous hash ({@link CanonicalRow}). The database
 * triggers refuse UPDATE and DELETE; {@link #verify()} catches what bypasses them (triggers dropped, the
 * file edited): a changed row no longer matches its hash, a removed row breaks the next row's link.
 * Removing the newest rows cannot be seen from the chain alone (see docs/notes/audit-trail.md).
 * This layer checks no permissions: callers (services) do, since identity itself writes here.
 */
public final class AuditTrail {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String COLUMNS = "SELECT id, at, actor, action, entity, entity_id, detail, origin, address, prev_hash, hash FROM audit_log";

    private final Database db;

    public AuditTrail(Database db) {
        this.db = db;
    }

    /** Appends one row, chained to the newest; safe across threads and processes (BEGIN IMMEDIATE). */
    public AuditEntry append(AuditEvent e) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            // IMMEDIATE takes the write lock before reading the newest hash: no two rows can share a predecessor.
            s.execute("BEGIN IMMEDIATE");
            try {
                AuditEntry entry = appendInTransaction(c, e);
                s.execute("COMMIT");
                return entry;
            } catch (SQLException | RuntimeException ex) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException r) {
                    ex.addSuppressed(r);
                }
                throw ex;
            }
        } catch (SQLException ex) {
            throw new StoreException(db.file() + ": cannot write the audit trail (" + ex.getMessage() + ")", ex);
        }
    }

    /**
     * Appends one row on the caller's connection, inside the write transaction the caller already holds
     * (BEGIN IMMEDIATE): the row commits or rolls back with the caller's own changes.
     */
    public AuditEntry appendInTransaction(Connection c, AuditEvent e) throws SQLException {
        String detail = CanonicalRow.json(e.detail());
        String at = AT.format(Instant.now());
        long id;
        String prev;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) {
            id = rs.next() ? rs.getLong(1) + 1 : 1;
            prev = id == 1 ? null : rs.getString(2);
        }
        String hash = CanonicalRow.hash(id, at, e.actor(), e.action(), e.entity(), e.entityId(), detail,
                e.origin(), e.address(), prev);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, at, actor, action, entity,"
                + " entity_id, detail, origin, address, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, at);
            ps.setString(3, e.actor());
            ps.setString(4, e.action());
            ps.setString(5, e.entity());
            ps.setString(6, e.entityId());
            ps.setString(7, detail);
            ps.setString(8, e.origin());
            ps.setString(9, e.address());
            ps.setString(10, prev);
            ps.setString(11, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(id, at, e.actor(), e.action(), e.entity(), e.entityId(), detail, e.origin(),
                e.address(), prev, hash);
    }

    /** Walks the whole chain in id order; stops at the first row that does not match. */
    public AuditVerification verify() {
        long rows = 0;
        String expectedPrev = null;
        long expectedId = 1;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEntry e = entry(rs);
                rows++;
                String problem = null;
                if (e.id() != expectedId) problem = "row " + expectedId + " is missing (next row is " + e.id() + ")";
                else if (!java.util.Objects.equals(e.prevHash(), expectedPrev)) {
                    problem = "its prev_hash does not match the hash of the row before it (a row was removed or replaced)";
                } else if (!CanonicalRow.hash(e.id(), e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.detail(),
                        e.origin(), e.address(), e.prevHash()).equals(e.hash())) {
                    problem = "its content does not match its hash (the row was edited)";
                }
                if (problem != null) return new AuditVerification(rows, false, e.id(), problem);
                expectedPrev = e.hash();
                expectedId++;
            }
            return new AuditVerification(rows, true, null, null);
        } catch (SQLException ex) {
            throw new StoreException(db.file() + ": cannot read the audit trail (" + ex.getMessage() + ")", ex);
        }
    }

    /** Newest first, filtered. */
    public Page<AuditEntry> page(AuditQuery q, int page, int size) {
        long offset = Page.offsetOf(page, size);
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter(where, args, "actor = ?", q.actor());
        filter(where, args, "action = ?", q.action());
        filter(where, args, "entity = ?", q.entity());
        filter(where, args, "entity_id = ?", q.entityId());
        filter(where, args, "at >= ?", q.from());
        filter(where, args, "at < ?", q.to());
        try (Connection c = db.connect()) {
            long total;
            try (PreparedStatement ps = bind(c.prepareStatement("SELECT count(*) FROM audit_log" + where), args)) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            args.add(size);
            args.add(offset);
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement(COLUMNS + where + " ORDER BY id DESC LIMIT ? OFFSET ?"), args);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(entry(rs));
            }
            return new Page<>(items, total, page, size);
        } catch (SQLException ex) {
            throw new StoreException(db.file() + ": cannot read the audit trail (" + ex.getMessage() + ")", ex);
        }
    }

    private static void filter(StringBuilder where, List<Object> args, String clause, String value) {
        if (value == null || value.isBlank()) return;
        where.append(" AND ").append(clause);
        args.add(value.strip());
    }

    private static PreparedStatement bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
