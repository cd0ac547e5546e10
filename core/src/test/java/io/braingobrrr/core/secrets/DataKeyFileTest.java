package io.braingobrrr.core.secrets;

import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The data key file on a real file system, beside a real SQLite file: made once, owner-only, and every way it can be wrong. */
class DataKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void firstUseMakesAnOwnerOnlyKeyBesideTheDatabaseAndReusesIt() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        Path keyFile = dir.resolve("brrr.db.key");
        assertFalse(Files.exists(keyFile), "opening the database alone makes no key");
        byte[] jwt = new InstallationSecrets(db).getOrCreate("jwt", 32);

        assertTrue(Files.isRegularFile(keyFile));
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        assertEquals(32, key.length);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        }
        try (var leftovers = Files.list(dir)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary key file is left");
        }
        // A second process (a new InstallationSecrets) reads the same key and so the same secret.
        assertArrayEquals(jwt, new InstallationSecrets(Database.open(dir.resolve("brrr.db"))).getOrCreate("jwt", 32));
        assertArrayEquals(key, Base64.getDecoder().decode(Files.readString(keyFile).strip()), "the key file is not rewritten");
    }

    @Test
    void programsStartingTogetherAgreeOnOneKeyAndOneSecret() throws Exception {
        int n = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> secrets = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                secrets.add(pool.submit(() -> {
                    Database db = Database.open(dir.resolve("brrr.db"));   // one Database each, like separate processes
                    start.await();
                    return new InstallationSecrets(db).getOrCreate("jwt", 32);
                }));
            }
            byte[] first = secrets.get(0).get();
            for (var f : secrets) assertArrayEquals(first, f.get());
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("brrr.db.key"), files.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains(".key")).toList(), "one key file, no temporary leftovers");
        }
    }

    @Test
    void missingKeyFileWithEncryptedSecretsNamesTheFileAndMakesNoNewKey() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        new InstallationSecrets(db).getOrCreate("jwt", 32);
        Path keyFile = dir.resolve("brrr.db.key");
        Files.delete(keyFile);

        SecretException e = assertThrows(SecretException.class, () -> new InstallationSecrets(db).getOrCreate("jwt", 32));
        assertTrue(e.getMessage().contains(keyFile.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertFalse(Files.exists(keyFile), "no new key was made over the existing ciphertexts");
    }

    @Test
    void anotherInstallationsKeyIsRecognisedAsTheWrongKey() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        new InstallationSecrets(db).getOrCreate("jwt", 32);
        String ownId = SecretBox.forDatabase(db).key().id();
        Database other = Database.open(dir.resolve("other.db"));
        new InstallationSecrets(other).getOrCreate("jwt", 32);
        Files.copy(dir.resolve("other.db.key"), dir.resolve("brrr.db.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        SecretException e = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertTrue(e.getMessage().contains("data key " + ownId), e.getMessage());
        assertTrue(e.getMessage().contains("not the database's key file"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("brrr.db.key").toString()), e.getMessage());
    }

    @Test
    void wrongLengthGarbageAndFoldersAreRefusedWithTheFileName() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        Path keyFile = dir.resolve("brrr.db.key");

        Files.writeString(keyFile, Base64.getEncoder().encodeToString(new byte[16]) + "\n");
        SecretException shortKey = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertEquals(keyFile + ": the data key is 16 bytes; AES-256 needs 32", shortKey.getMessage());

        Files.writeString(keyFile, "this is not a key!\n");
        SecretException garbage = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertTrue(garbage.getMessage().startsWith(keyFile + ": the data key file does not hold base64 text"), garbage.getMessage());

        Files.write(keyFile, new byte[4096]);
        SecretException big = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertTrue(big.getMessage().startsWith(keyFile + ": not a data key file (4096 bytes"), big.getMessage());

        Files.delete(keyFile);
        Files.createDirectory(keyFile);
        SecretException folder = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertEquals(keyFile + ": the data key file is a folder, not a file", folder.getMessage());
    }

    @Test
    void unreadableKeyFileIsReportedAsSuch() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Database db = Database.open(dir.resolve("brrr.db"));
        SecretBox.forDatabase(db);
        Path keyFile = dir.resolve("brrr.db.key");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(keyFile), "skipped: running as root, who reads every file regardless of its mode");
        SecretException e = assertThrows(SecretException.class, () -> SecretBox.forDatabase(db));
        assertEquals(keyFile + ": cannot read the data key file (permission denied)", e.getMessage());
    }

    @Test
    void aKeyFileMadeByHandIsAccepted() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) key[i] = (byte) (i * 7 + 1);
        Files.writeString(dir.resolve("brrr.db.key"), Base64.getEncoder().encodeToString(key) + "\r\n");
        Database db = Database.open(dir.resolve("brrr.db"));
        DataKey loaded = SecretBox.forDatabase(db).key();
        assertEquals(new DataKey(key, dir).id(), loaded.id());
        assertNotEquals(new DataKey(new byte[32], dir).id(), loaded.id());
    }

    @Test
    void propertyThenEnvironmentThenBesideTheDatabase() {
        Path db = dir.resolve("data").resolve("brrr.db");
        assertEquals(dir.resolve("data").resolve("brrr.db.key"), DataKeyFile.locate(db, null, Map.of()));
        assertEquals(dir.resolve("data").resolve("brrr.db.key"), DataKeyFile.locate(db, " ", Map.of(DataKeyFile.ENV, "")));
        Path mounted = dir.resolve("run").resolve("secrets").resolve("brrr.key");
        assertEquals(mounted, DataKeyFile.locate(db, null, Map.of(DataKeyFile.ENV, mounted.toString())));
        Path viaProperty = dir.resolve("p.key");
        assertEquals(viaProperty, DataKeyFile.locate(db, viaProperty.toString(), Map.of(DataKeyFile.ENV, mounted.toString())));
    }
}
