package io.braingobrrr.sync.outbox;

import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery queue in SQLite (V1 {@code outbox} + V8 columns). All state lives in the database, so a
 * restart or a crash loses nothing: a claimed row carries a lease, and when its worker dies the lease expires
 * and the row is claimed again (at-least-once; receivers deduplicate by the stable event id).
 * Order per destination: only the lowest pending row of a destination (its head) can be claimed, so an event
 * is not attempted before the previous one is delivered or dead.
 */
public final class OutboxQueue {
    private static final String COLUMNS = "id, destination, event_id, event_type, subject, payload, status, attempts,"
            + " next_attempt_at, created_at, event_created_at, delivered_at, last_error";
    private static final String HEAD = "(SELECT min(p.id) FROM outbox p WHERE p.destination = o.destination AND p.status = 'pending')";
    private static final String NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM outbox_destinations d WHERE d.name = o.destination AND d.paused = 1)";

    private final Database db;

    public OutboxQueue(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    /**
     * Copies every event not yet dispatched into one queue row per destination, and marks it dispatched, in
     * one transaction: a crash in between repeats the whole fan-out, and the unique idempotency key
     * (destination|event id) keeps a repeat from doubling a row. Returns the events dispatched.
     */
    public synchronized int fanOut(DestinationResolver resolver, Instant now) {
        String ts = Instants.format(now);
        try (Connection c = db.connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox_events WHERE dispatched_at IS NULL LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return 0;        // the common case: no write lock taken, the workers are not held up
            }
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");   // write lock first: a read-then-write transaction could fail BUSY
            }
            try {
                int n = 0;
                List<String[]> events = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, event_id, event_type, subject, payload, created_at"
                        + " FROM outbox_events WHERE dispatched_at IS NULL ORDER BY id LIMIT 1000");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)});
                    }
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT OR IGNORE INTO outbox (destination, event_type, payload,"
                        + " idempotency_key, next_attempt_at, created_at, window_start, event_id, subject, event_created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement done = c.prepareStatement("UPDATE outbox_events SET dispatched_at = ? WHERE id = ?")) {
                    for (String[] e : events) {
                        for (String dest : resolver.destinations(c, e[2])) {
                            insert(ins, dest, e[1], e[2], e[3], e[4], e[5], ts);
                        }
                        done.setString(1, ts);
                        done.setLong(2, Long.parseLong(e[0]));
                        done.executeUpdate();
                        n++;
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("COMMIT");
                }
                return n;
            } catch (SQLException | RuntimeException e) {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // the connection is closed below; SQLite rolls back an unfinished transaction
                }
                throw e;
            }
        } catch (SQLException e) {
            throw fail("dispatch outbox events", e);
        }
    }

    /** Queues an event for one destination only (the webhook test ping); returns its event id. */
    public String enqueue(String destination, String eventType, String payloadJson, Instant now) {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String ts = Instants.format(now);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (destination, event_type,"
                + " payload, idempotency_key, next_attempt_at, created_at, window_start, event_id, subject, event_created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert(ps, destination, eventId, eventType, null, payloadJson, ts, ts);
            return eventId;
        } catch (SQLException e) {
            throw fail("queue " + eventType + " for " + destination, e);
        }
    }

    private static void insert(PreparedStatement ps, String dest, String eventId, String type, String subject, String payload,
                               String eventCreated, String now) throws SQLException {
        ps.setString(1, dest);
        ps.setString(2, type);
        ps.setString(3, payload);
        ps.setString(4, dest + "|" + eventId);
        ps.setString(5, now);
        ps.setString(6, now);
        ps.setString(7, now);
        ps.setString(8, eventId);
        ps.setString(9, subject);
        ps.setString(10, eventCreated);
        ps.executeUpdate();
    }

    /**
     * Claims the head of {@code destination} for {@code owner} until now + lease, counting the attempt, when
     * it is due, not leased by a live worker and the destination is not paused. One UPDATE: atomic even
     * between processes.
     */
    public Optional<OutboxEntry> claimHead(String destination, String owner, Instant now, Duration lease) {
        String ts = Instants.format(now);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE outbox AS o SET lease_owner = ?,"
                + " lease_until = ?, attempts = attempts + 1, last_attempt_at = ? WHERE o.id = (SELECT min(p.id) FROM outbox p"
                + " WHERE p.destination = ? AND p.status = 'pending')"
                // The head is found once through the index (a correlated subquery here would run per row: O(n^2)).
                + " AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?) AND " + NOT_PAUSED
                + " RETURNING " + COLUMNS)) {
            ps.setString(1, owner);
            ps.setString(2, Instants.format(now.plus(lease)));
            ps.setString(3, ts);
            ps.setString(4, destination);
            ps.setString(5, ts);
            ps.setString(6, ts);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("claim the next event for " + destination, e);
        }
    }

    /** Marks a claimed row delivered; false when the lease was lost meanwhile (another worker owns it now). */
    public boolean delivered(long id, String owner, Instant now) {
        return finish("UPDATE outbox SET status = 'delivered', delivered_at = ?, last_error = NULL, lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'pending'", Instants.format(now), null, id, owner);
    }

    /** Releases a claimed row for a later attempt at {@code next}. */
    public boolean failed(long id, String owner, String error, Instant next) {
        return finish("UPDATE outbox SET last_error = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND status = 'pending'", error, Instants.format(next), id, owner);
    }

    /** Dead-letters a claimed row: no more automatic attempts (an operator may retry it). */
    public boolean dead(long id, String owner, String error) {
        return finish("UPDATE outbox SET status = 'dead', last_error = ?, lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND status = 'pending'", error, null, id, owner);
    }

    private boolean finish(String sql, String a, String b, long id, String owner) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, a);
            if (b != null) ps.setString(i++, b);
            ps.setLong(i++, id);
            ps.setString(i, owner);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail("record the attempt on outbox row " + id, e);
        }
    }

    /** Dead-letters every pending row of a destination that no longer exists or answered 410 Gone. */
    public int deadAllPending(String destination, String reason) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'dead',"
                + " last_error = ?, lease_owner = NULL, lease_until = NULL WHERE destination = ? AND status = 'pending'")) {
            ps.setString(1, reason);
            ps.setString(2, destination);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("dead-letter " + destination, e);
        }
    }

    /** Puts a dead row back in the queue with a fresh attempt count and age window. */
    public void retry(long id, Instant now) {
        requeue(id, "dead", now, "retry");
    }

    /** Sends a delivered row again, with the same event id (the receiver deduplicates or reprocesses). */
    public void redeliver(long id, Instant now) {
        requeue(id, "delivered", now, "redeliver");
    }

    private void requeue(long id, String from, Instant now, String what) {
        String ts = Instants.format(now);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'pending',"
                + " attempts = 0, next_attempt_at = ?, window_start = ?, delivered_at = NULL, lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND status = ?")) {
            ps.setString(1, ts);
            ps.setString(2, ts);
            ps.setLong(3, id);
            ps.setString(4, from);
            if (ps.executeUpdate() == 1) return;
        } catch (SQLException e) {
            throw fail(what + " outbox row " + id, e);
        }
        OutboxEntry e = find(id).orElseThrow(() -> new NotFoundException("no outbox row " + id));
        throw new io.braingobrrr.core.service.ConflictException("cannot " + what + " outbox row " + id + ": it is "
                + e.status() + ", only " + from + " rows can be");
    }

    /** Retries every dead row of a destination; returns how many. */
    public int retryAllDead(String destination, Instant now) {
        String ts = Instants.format(now);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'pending',"
                + " attempts = 0, next_attempt_at = ?, window_start = ? WHERE destination = ? AND status = 'dead'")) {
            ps.setString(1, ts);
            ps.setString(2, ts);
            ps.setString(3, destination);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("retry the dead rows of " + destination, e);
        }
    }

    public void setPaused(String destination, boolean paused, Instant now) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_destinations"
                + " (name, paused, paused_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET paused = excluded.paused,"
                + " paused_at = excluded.paused_at")) {
            ps.setString(1, destination);
            ps.setInt(2, paused ? 1 : 0);
            ps.setString(3, paused ? Instants.format(now) : null);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail((paused ? "pause " : "resume ") + destination, e);
        }
    }

    /** Destinations with at least one pending row, paused ones included. */
    public List<String> destinationsWithPending() {
        return strings("SELECT DISTINCT destination FROM outbox WHERE status = 'pending' ORDER BY destination");
    }

    /** The earliest moment a head row of an unpaused destination becomes claimable, if any is pending. */
    public Optional<Instant> nextDue() {
        List<String> due = strings("SELECT min(max(o.next_attempt_at, coalesce(o.lease_until, ''))) FROM outbox o"
                + " WHERE o.status = 'pending' AND o.id = " + HEAD + " AND " + NOT_PAUSED);
        return due.isEmpty() || due.get(0) == null ? Optional.empty() : Optional.of(Instants.parse(due.get(0)));
    }

    public List<DestinationSummary> summary() {
        String sql = "SELECT n.name, (SELECT count(*) FROM outbox o WHERE o.destination = n.name AND o.status = 'pending'),"
                + " (SELECT count(*) FROM outbox o WHERE o.destination = n.name AND o.status = 'delivered'),"
                + " (SELECT count(*) FROM outbox o WHERE o.destination = n.name AND o.status = 'dead'),"
                + " coalesce((SELECT paused FROM outbox_destinations d WHERE d.name = n.name), 0)"
                + " FROM (SELECT destination AS name FROM outbox UNION SELECT name FROM outbox_destinations) n ORDER BY n.name";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<DestinationSummary> out = new ArrayList<>();
            while (rs.next()) out.add(new DestinationSummary(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5) == 1));
            return out;
        } catch (SQLException e) {
            throw fail("summarise the outbox", e);
        }
    }

    /** One page of rows, oldest first, optionally filtered by status and destination. */
    public Page<OutboxEntry> list(String status, String destination, int page, int size) {
        long offset = Page.offsetOf(page, size);
        String where = " WHERE (? IS NULL OR status = ?) AND (? IS NULL OR destination = ?)";
        try (Connection c = db.connect()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox" + where)) {
                bindFilter(ps, status, destination);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<OutboxEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox" + where + " ORDER BY id LIMIT ? OFFSET ?")) {
                bindFilter(ps, status, destination);
                ps.setInt(5, size);
                ps.setLong(6, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) items.add(entry(rs));
                }
            }
            return new Page<>(items, total, page, size);
        } catch (SQLException e) {
            throw fail("list the outbox", e);
        }
    }

    private static void bindFilter(PreparedStatement ps, String status, String destination) throws SQLException {
        ps.setString(1, status);
        ps.setString(2, status);
        ps.setString(3, destination);
        ps.setString(4, destination);
    }

    public Optional<OutboxEntry> find(long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read outbox row " + id, e);
        }
    }

    /** When the current try window of a row began (fan-out, manual retry or redeliver). */
    Instant windowStart(long id) {
        List<String> s = strings("SELECT coalesce(window_start, created_at) FROM outbox WHERE id = " + id);
        return Instants.parse(s.get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw fail("read the outbox", e);
        }
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + db.file() + ": " + e.getMessage(), e);
    }
}
