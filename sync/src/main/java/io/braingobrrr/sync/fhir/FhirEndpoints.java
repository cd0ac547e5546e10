package io.braingobrrr.sync.fhir;

import io.braingobrrr.core.secrets.SecretBox;
import io.braingobrrr.core.secrets.SecretColumn;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configured FHIR server (V8 table fhir_endpoint, at most one row). The bearer token and the OAuth2
 * client secret are stored sealed with the installation's data key ({@link SecretBox}, ADR 0018).
 */
public final class FhirEndpoints {
    /** The table's only row (CHECK id = 1): the sealed values' row key. */
    private static final long ROW = 1;
    private final Database db;
    private final Supplier<SecretBox> box;

    public FhirEndpoints(Database db) {
        this.db = db;
        this.box = SecretBox.lazy(db);
    }

    public Optional<FhirEndpoint> active() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT base_url, auth, token, token_url, client_id, client_secret FROM fhir_endpoint WHERE active = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            SecretBox secrets = box.get();
            return Optional.of(new FhirEndpoint(rs.getString(1), rs.getString(2),
                    secrets.openText(SecretColumn.FHIR_TOKEN, rs.getString(3), ROW), rs.getString(4), rs.getString(5),
                    secrets.openText(SecretColumn.FHIR_CLIENT_SECRET, rs.getString(6), ROW)));
        } catch (SQLException e) {
            throw new StoreException("cannot read the FHIR endpoint: " + e.getMessage(), e);
        }
    }

    public void configure(FhirEndpoint e) {
        SecretBox secrets = box.get();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO fhir_endpoint (id, base_url, auth,"
                + " token, token_url, client_id, client_secret, active) VALUES (" + ROW + ", ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET"
                + " base_url = excluded.base_url, auth = excluded.auth, token = excluded.token, token_url = excluded.token_url,"
                + " client_id = excluded.client_id, client_secret = excluded.client_secret, active = 1")) {
            ps.setString(1, e.baseUrl());
            ps.setString(2, e.auth());
            ps.setString(3, secrets.sealText(SecretColumn.FHIR_TOKEN, e.token(), ROW));
            ps.setString(4, e.tokenUrl());
            ps.setString(5, e.clientId());
            ps.setString(6, secrets.sealText(SecretColumn.FHIR_CLIENT_SECRET, e.clientSecret(), ROW));
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("cannot store the FHIR endpoint: " + ex.getMessage(), ex);
        }
    }
}
