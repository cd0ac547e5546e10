package io.braingobrrr.core.secrets;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.testing.RawBytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database written before secrets were sealed (rows inserted the way the earlier code wrote them: raw key
 * bytes, whsec_ text, FHIR credentials and a replay body in clear) is sealed in place on its first open with a key.
 */
class PlaintextSecretsTest {
    static final String WEBHOOK_SECRET = "whsec_T2xkUGxhaW50ZXh0V2ViaG9va1NlY3JldA==";
    static final String FHIR_TOKEN = "old-bearer-token-5f1c2a";
    static final String FHIR_CLIENT_SECRET = "old-client-secret-9b7e44";
    static final byte[] JWT_KEY = "0123456789abcdef-old-jwt-key-32b".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void oldDatabase() throws SQLException {
        db = Database.open(dir.resolve("brrr.db"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO installation_secrets (name, value) VALUES ('jwt', ?)")) {
                ps.setBytes(1, JWT_KEY);
                ps.executeUpdate();
            }
            s.execute("INSERT INTO webhook_subscriptions (id, url) VALUES (7, 'https://hospital.example/hook')");
            s.execute("INSERT INTO webhook_secrets (id, subscription_id, secret) VALUES (3, 7, '" + WEBHOOK_SECRET + "')");
            s.execute("INSERT INTO fhir_endpoint (id, base_url, auth, token, token_url, client_id, client_secret) VALUES"
                    + " (1, 'https://fhir.example/r4', 'client_credentials', '" + FHIR_TOKEN + "', 'https://fhir.example/token',"
                    + " 'brrr', '" + FHIR_CLIENT_SECRET + "')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_keys (client, key, request_hash, status, body)"
                    + " VALUES ('user:1', 'k-1', 'h', 201, ?)")) {
                ps.setBytes(1, ("{\"secret\":\"" + WEBHOOK_SECRET + "\"}").getBytes(StandardCharsets.UTF_8));
                ps.executeUpdate();
            }
        }
    }

    @Test
    void firstOpenSealsEveryPlaintextSecretOnceWithOneAuditRow() throws Exception {
        assertTrue(RawBytes.occursIn(WEBHOOK_SECRET.getBytes(StandardCharsets.US_ASCII), dir.resolve("brrr.db"), dir.resolve("brrr.db-wal")),
                "the fixture really holds the secret in the file");
        SecretBox box = SecretBox.forDatabase(db);

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (SecretColumn col : SecretColumn.values()) {
                try (ResultSet rs = s.executeQuery("SELECT " + col.column() + " FROM " + col.table() + " WHERE " + col.column() + " IS NOT NULL")) {
                    assertTrue(rs.next(), col + " has a row in the fixture");
                    assertTrue(rs.getString(1).startsWith("enc:v1:" + box.key().id() + ":"), col + ": " + rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT client_secret, token, body FROM fhir_endpoint, idempotency_keys")) {
                rs.next();
                assertEquals(FHIR_CLIENT_SECRET, box.openText(SecretColumn.FHIR_CLIENT_SECRET, rs.getString(1), 1));
                assertEquals(FHIR_TOKEN, box.openText(SecretColumn.FHIR_TOKEN, rs.getString(2), 1));
                assertEquals("{\"secret\":\"" + WEBHOOK_SECRET + "\"}", box.openText(SecretColumn.IDEMPOTENCY_BODY, rs.getString(3), "user:1", "k-1"));
            }
            try (ResultSet rs = s.executeQuery("SELECT secret FROM webhook_secrets WHERE id = 3")) {
                rs.next();
                assertEquals(WEBHOOK_SECRET, box.openText(SecretColumn.WEBHOOK_SECRET, rs.getString(1), 3));
            }
        }
        // The JWT key survives the upgrade byte for byte: tokens and pseudonyms made before stay valid.
        assertArrayEquals(JWT_KEY, new InstallationSecrets(db).getOrCreate("jwt", 32));

        List<String> audit = auditRows();
        assertEquals(1, audit.size(), audit.toString());
        assertTrue(audit.get(0).contains("\"webhook_secrets.secret\":1") && audit.get(0).contains("\"fhir_endpoint.client_secret\":1")
                && audit.get(0).contains("\"installation_secrets.value\":1") && audit.get(0).contains("\"key_id\":\"" + box.key().id()),
                audit.get(0));
        for (String secret : List.of(WEBHOOK_SECRET, FHIR_TOKEN, FHIR_CLIENT_SECRET)) assertFalse(audit.get(0).contains(secret));
        assertTrue(new AuditTrail(db).verify().ok());

        // Idempotent: opening again seals nothing and audits nothing.
        SecretBox.forDatabase(Database.open(dir.resolve("brrr.db")));
        assertEquals(1, auditRows().size());

        // The old values are gone from the file's bytes too, not only from the rows.
        for (byte[] secret : List.of(WEBHOOK_SECRET.getBytes(StandardCharsets.US_ASCII), FHIR_TOKEN.getBytes(StandardCharsets.US_ASCII),
                FHIR_CLIENT_SECRET.getBytes(StandardCharsets.US_ASCII), JWT_KEY)) {
            assertFalse(RawBytes.occursIn(secret, dir.resolve("brrr.db"), dir.resolve("brrr.db-wal")),
                    new String(secret, StandardCharsets.US_ASCII) + " is still in brrr.db or its WAL");
        }
    }

    @Test
    void aFailureHalfWayChangesNothingAndTheNextOpenSucceeds() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE UPDATE ON fhir_endpoint BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        }
        SecretException e = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertTrue(e.getMessage().contains("cannot encrypt the secrets stored in clear") && e.getMessage().contains("disk says no")
                && e.getMessage().contains("nothing was changed"), e.getMessage());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT secret FROM webhook_secrets WHERE id = 3")) {
                rs.next();
                assertEquals(WEBHOOK_SECRET, rs.getString(1), "the webhook row sealed before the failure was rolled back");
            }
            s.execute("DROP TRIGGER refuse");
        }
        assertEquals(0, auditRows().size());
        SecretBox box = SecretBox.forDatabase(db);
        assertEquals(1, auditRows().size());
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT client_secret FROM fhir_endpoint")) {
            rs.next();
            assertEquals(FHIR_CLIENT_SECRET, box.openText(SecretColumn.FHIR_CLIENT_SECRET, rs.getString(1), 1));
        }
    }

    private List<String> auditRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT actor, entity, detail FROM audit_log WHERE action = ?")) {
            ps.setString(1, PlaintextSecrets.AUDIT_ACTION);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
