package io.braingobrrr.sync.fhir;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.ResultStore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

/** A night in the database: patient, recording, completed sleep analysis with statistics and events, optional PDF. */
final class FhirFixture {
    static final byte[] PDF = "%PDF-1.7\n% a stand-in report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final long recordingId;
    final long analysisId;

    FhirFixture(Database db, boolean withPatient, boolean withPdf) throws Exception {
        Long patient = withPatient ? new PatientStore(db).create("MRN-7", "Grace Hopper", LocalDate.of(1950, 12, 9), "F").id() : null;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO recordings (patient_id, format,"
                + " start_time, record_count, record_duration_s, duration_s, status) VALUES (?, 'EDF', '2026-03-01T22:30:00', 0, 1,"
                + " 28800, 'imported') RETURNING id")) {
            ps.setObject(1, patient);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                recordingId = rs.getLong(1);
            }
        }
        ResultStore results = new ResultStore(db);
        analysisId = results.createAnalysis(recordingId, "standard", 0, null);
        results.addResult(analysisId, "sleep", "brrr-stager", "1", "{\"stats\":{\"tib_min\":480,\"tst_min\":402.5,"
                + "\"se_pct\":83.9,\"sol_min\":14.0,\"waso_min\":63.5,\"rem_latency_min\":92.0,\"pct_n1\":6.1,\"pct_n2\":51.2,"
                + "\"pct_n3\":20.3,\"pct_r\":22.4,\"awakenings\":11},\"conclusion\":\"Reduced sleep efficiency; no apnoea data.\"}");
        results.addResult(analysisId, "events", "brrr-detect", "1", "{\"events\":[{\"kind\":\"spindles\",\"onset_s\":1},"
                + "{\"kind\":\"spindles\",\"onset_s\":9},{\"kind\":\"kcomplexes\",\"onset_s\":20}]}");
        if (withPdf) {
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO results (analysis_id, kind,"
                    + " algorithm, algorithm_version, attachment, media_type) VALUES (?, 'report', 'brrr-report', '1', ?, 'application/pdf')")) {
                ps.setLong(1, analysisId);
                ps.setBytes(2, PDF);
                ps.executeUpdate();
            }
        }
        results.update(analysisId, "completed", 1, null, null);
    }
}
