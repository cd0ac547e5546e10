package io.braingobrrr.core.store;

import io.braingobrrr.core.outbox.Outbox;

import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.service.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Patients by MRN: the minimum the recording list and import need. */
public final class PatientStore {
    private static final Set<String> SEXES = Set.of("F", "M", "X");
    private static final String COLUMNS = "SELECT id, mrn, name, birth_date, sex FROM patients";

    private final Database db;

    public PatientStore(Database db) {
        this.db = db;
    }

    /**
     * Adds a patient. The MRN is trimmed and must be new; sex is F, M or X (any case) or null when unknown.
     */
    public Patient create(String mrn, String name, LocalDate birthDate, String sex) {
        String key = mrn == null ? "" : mrn.strip();
        if (key.isEmpty()) throw new StoreException("a patient needs an MRN");
        String normalisedSex = sex == null || sex.isBlank() ? null : sex.strip().toUpperCase(Locale.ROOT);
        if (normalisedSex != null && !SEXES.contains(normalisedSex)) {
            throw new StoreException("sex must be F, M or X, not '" + sex + "'");
        }
        try {
            return inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO patients (mrn, name, birth_date, sex) VALUES (?, ?, ?, ?) RETURNING id")) {
                    ps.setString(1, key);
                    ps.setString(2, name);
                    ps.setString(3, birthDate == null ? null : birthDate.toString());
                    ps.setString(4, normalisedSex);
                    long id;
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    // Only the id travels: receivers with the right to see PHI fetch the patient over the API.
                    Outbox.record(c, "patient.created", "patient:" + id, "{\"patient_id\":" + id + "}");
                    return new Patient(id, key, name, birthDate, normalisedSex);
                }
            });
        } catch (SQLException e) {
            throw refusal(e, key, "add patient " + key);
        }
    }

    /** Replaces the fields of a patient (same rules as {@link #create}); false when there is no such patient. */
    public boolean update(long id, String mrn, String name, LocalDate birthDate, String sex) {
        String key = mrn == null ? "" : mrn.strip();
        if (key.isEmpty()) throw new StoreException("a patient needs an MRN");
        String normalisedSex = sex == null || sex.isBlank() ? null : sex.strip().toUpperCase(Locale.ROOT);
        if (normalisedSex != null && !SEXES.contains(normalisedSex)) {
            throw new StoreException("sex must be F, M or X, not '" + sex + "'");
        }
        try {
            return inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE patients SET mrn = ?, name = ?, birth_date = ?, sex = ?,"
                        + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted_at IS NULL")) {
                    ps.setString(1, key);
                    ps.setString(2, name);
                    ps.setString(3, birthDate == null ? null : birthDate.toString());
                    ps.setString(4, normalisedSex);
                    ps.setLong(5, id);
                    boolean changed = ps.executeUpdate() == 1;
                    // As patient.created: only the id travels, in the same transaction as the change.
                    if (changed) Outbox.record(c, "patient.updated", "patient:" + id, "{\"patient_id\":" + id + "}");
                    return changed;
                }
            });
        } catch (SQLException e) {
            throw refusal(e, key, "update patient " + id);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction: the change and its outbox event commit together or not at all. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private RuntimeException refusal(SQLException e, String mrn, String what) {
        if (String.valueOf(e.getMessage()).contains("UNIQUE constraint failed: patients.mrn")) {
            return new StoreException("a patient with MRN '" + mrn + "' already exists", e);
        }
        return SqlErrors.translate(db.file(), what, e);
    }

    /** The patient with this MRN (trimmed, exact), unless deleted. */
    public Optional<Patient> findByMrn(String mrn) {
        return findOne(COLUMNS + " WHERE mrn = ? AND deleted_at IS NULL", mrn == null ? "" : mrn.strip());
    }

    public Optional<Patient> find(long id) {
        return findOne(COLUMNS + " WHERE id = ? AND deleted_at IS NULL", id);
    }

    /** Patients not deleted, by id; {@code mrnPrefix} (null for all) narrows by the start of the MRN. */
    public Page<Patient> page(String mrnPrefix, int page, int size) {
        long offset = Page.offsetOf(page, size);
        String where = " WHERE deleted_at IS NULL" + (mrnPrefix == null ? "" : " AND substr(mrn, 1, length(?)) = ?");
        try (Connection c = db.connect()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM patients" + where)) {
                bindPrefix(ps, mrnPrefix);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Patient> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + where + " ORDER BY id LIMIT ? OFFSET ?")) {
                int i = bindPrefix(ps, mrnPrefix);
                ps.setInt(i++, size);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) items.add(patient(rs));
                }
            }
            return new Page<>(items, total, page, size);
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "list patients", e);
        }
    }

    private static int bindPrefix(PreparedStatement ps, String prefix) throws SQLException {
        if (prefix == null) return 1;
        ps.setString(1, prefix);
        ps.setString(2, prefix);
        return 3;
    }

    private static Patient patient(ResultSet rs) throws SQLException {
        String birth = rs.getString(4);
        return new Patient(rs.getLong(1), rs.getString(2), rs.getString(3),
                birth == null ? null : LocalDate.parse(birth), rs.getString(5));
    }

    private Optional<Patient> findOne(String sql, Object key) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(patient(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "look up patient " + key, e);
        }
    }
}
