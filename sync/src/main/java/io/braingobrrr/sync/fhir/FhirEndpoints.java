package io.braingobrrr.sync.fhir;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The configured FHIR server (V8 table fhir_endpoint, at most one row). */
public final class FhirEndpoints {
    private final Database db;

    public FhirEndpoints(Database db) {
        this.db = db;
    }

    public Optional<FhirEndpoint> active() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT base_url, auth, token, token_url, client_id, client_secret FROM fhir_endpoint WHERE active = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            return Optional.of(new FhirEndpoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6)));
        } catch (SQLException e) {
            throw new StoreException("cannot read the FHIR endpoint: " + e.getMessage(), e);
        }
    }

    public void configure(FhirEndpoint e) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO fhir_endpoint (id, base_url, auth,"
                + " token, token_url, client_id, client_secret, active) VALUES (1, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET"
                + " base_url = excluded.base_url, auth = excluded.auth, token = excluded.token, token_url = excluded.token_url,"
                + " client_id = excluded.client_id, client_secret = excluded.client_secret, active = 1")) {
            ps.setString(1, e.baseUrl());
            ps.setString(2, e.auth());
            ps.setString(3, e.token());
            ps.setString(4, e.tokenUrl());
            ps.setString(5, e.clientId());
            ps.setString(6, e.clientSecret());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("cannot store the FHIR endpoint: " + ex.getMessage(), ex);
        }
    }
}
