package io.braingobrrr.core.secrets;

import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The envelope on a real database: what is stored, and that moved, altered or plaintext values are refused by row. */
class SecretBoxTest {
    @TempDir
    Path dir;

    @Test
    void installationSecretsAreStoredSealedAndStable() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        byte[] jwt = new InstallationSecrets(db).getOrCreate("jwt", 32);
        String stored = stored(db, "jwt");
        String keyId = SecretBox.forDatabase(db).key().id();
        assertTrue(stored.startsWith("enc:v1:" + keyId + ":"), stored);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(("enc:v1:" + keyId + ":").length()));
        assertEquals(12 + 32 + 16, sealed.length, "nonce, ciphertext and tag");
        assertArrayEquals(jwt, new InstallationSecrets(db).getOrCreate("jwt", 32));
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT typeof(value) FROM installation_secrets WHERE name = 'jwt'")) {
            rs.next();
            assertEquals("text", rs.getString(1));
        }
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        SecretBox box = SecretBox.forDatabase(Database.open(dir.resolve("brrr.db")));
        byte[] plain = "whsec_abc".getBytes(StandardCharsets.UTF_8);
        String a = box.seal(SecretColumn.WEBHOOK_SECRET, plain, 1L);
        String b = box.seal(SecretColumn.WEBHOOK_SECRET, plain, 1L);
        assertNotEquals(a, b, "a fresh nonce each time");
        assertEquals("whsec_abc", box.openText(SecretColumn.WEBHOOK_SECRET, a, 1));
        assertFalse(a.contains("whsec_abc"));
    }

    @Test
    void aCiphertextSwappedBetweenRowsIsRefusedNamingTheRow() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        InstallationSecrets secrets = new InstallationSecrets(db);
        secrets.getOrCreate("jwt", 32);
        secrets.getOrCreate("pseudonym", 32);
        String jwt = stored(db, "jwt");
        String pseudonym = stored(db, "pseudonym");
        store(db, "jwt", pseudonym);
        store(db, "pseudonym", jwt);

        SecretException e = assertThrows(SecretException.class, () -> new InstallationSecrets(db).getOrCreate("jwt", 32));
        assertEquals("installation_secrets row name=jwt, column value fails its integrity check: it was altered or moved"
                + " from another row; refusing to use it", e.getMessage());
    }

    @Test
    void aCiphertextMovedToAnotherColumnIsRefused() {
        SecretBox box = SecretBox.forDatabase(Database.open(dir.resolve("brrr.db")));
        String token = box.sealText(SecretColumn.FHIR_TOKEN, "bearer-123", 1L);
        SecretException e = assertThrows(SecretException.class, () -> box.openText(SecretColumn.FHIR_CLIENT_SECRET, token, 1L));
        assertTrue(e.getMessage().startsWith("fhir_endpoint row id=1, column client_secret fails its integrity check"), e.getMessage());
    }

    @Test
    void alteredDamagedUnknownAndPlaintextValuesNameTheRow() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        new InstallationSecrets(db).getOrCreate("jwt", 32);
        String stored = stored(db, "jwt");
        int at = stored.length() - 10;
        char flipped = stored.charAt(at) == 'A' ? 'B' : 'A';
        store(db, "jwt", stored.substring(0, at) + flipped + stored.substring(at + 1));
        SecretException altered = assertThrows(SecretException.class, () -> new InstallationSecrets(db).getOrCreate("jwt", 32));
        assertTrue(altered.getMessage().startsWith("installation_secrets row name=jwt, column value fails its integrity check"),
                altered.getMessage());

        SecretBox box = SecretBox.forDatabase(db);
        String prefix = "enc:v1:" + box.key().id() + ":";
        assertEquals("webhook_secrets row id=4, column secret is damaged (its ciphertext is not base64)",
                assertThrows(SecretException.class, () -> box.openText(SecretColumn.WEBHOOK_SECRET, prefix + "%%%", 4L)).getMessage());
        assertEquals("webhook_secrets row id=4, column secret is damaged (ciphertext of 3 bytes is too short)",
                assertThrows(SecretException.class, () -> box.openText(SecretColumn.WEBHOOK_SECRET, prefix + "AAAA", 4L)).getMessage());
        assertTrue(assertThrows(SecretException.class, () -> box.openText(SecretColumn.WEBHOOK_SECRET, "enc:v9:xx", 4L))
                .getMessage().contains("format this version does not know"));
        assertTrue(assertThrows(SecretException.class, () -> box.openText(SecretColumn.WEBHOOK_SECRET, "enc:v1:0badc0de:AAAA", 4L))
                .getMessage().contains("was encrypted with data key 0badc0de"));
        assertEquals("webhook_secrets row id=4, column secret holds an unencrypted value; reopen the database with this version"
                        + " so that it encrypts it, or set the secret again",
                assertThrows(SecretException.class, () -> box.openText(SecretColumn.WEBHOOK_SECRET, "whsec_plain", 4L)).getMessage());
    }

    static String stored(Database db, String name) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT value FROM installation_secrets WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no installation secret " + name);
                return rs.getString(1);
            }
        }
    }

    private static void store(Database db, String name, String value) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE installation_secrets SET value = ? WHERE name = ?")) {
            ps.setString(1, value);
            ps.setString(2, name);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
