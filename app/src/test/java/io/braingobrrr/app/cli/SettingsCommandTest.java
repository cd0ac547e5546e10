package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr settings` on a real database file: what it stores is what the workstation reads. */
class SettingsCommandTest {
    @TempDir
    Path dir;

    private CliRun settings(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "settings";
        all[1] = "--db";
        all[2] = dir.resolve("brrr.db").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void defaultsThenChangesThatTheWorkstationReads() {
        JsonNode fresh = settings("--json").json();
        assertTrue(fresh.get("clinic_name").isNull());
        assertTrue(fresh.get("sync_endpoint").isNull());
        assertEquals(900, fresh.get("idle_lock_seconds").asLong());

        JsonNode set = settings("--clinic", "Klinik Nord", "--sync-endpoint", "https://central.example.org/api/v1",
                "--idle-lock-minutes", "2.5", "--json").json();
        assertEquals("Klinik Nord", set.get("clinic_name").asText());
        assertEquals(150, set.get("idle_lock_seconds").asLong());

        InstallationSettings read = new InstallationSettings(Database.open(dir.resolve("brrr.db")));
        assertEquals(Optional.of("Klinik Nord"), read.clinicName());
        assertEquals(Optional.of(URI.create("https://central.example.org/api/v1")), read.syncEndpoint());
        assertEquals(Duration.ofSeconds(150), read.idleLock());
        assertEquals(3, new AuditTrail(Database.open(dir.resolve("brrr.db")))
                .page(AuditQuery.ALL, 1, 50).items().stream().filter(e -> e.action().equals("settings.update")).count());

        assertEquals(0, settings("--sync-endpoint", "").status());
        assertTrue(settings("--json").json().get("sync_endpoint").isNull(), "an empty value removes the endpoint");
    }

    @Test
    void badValuesExitTwoNamingTheSetting() {
        assertTrue(settings("--idle-lock-minutes", "0").badInput().contains("--idle-lock-minutes"));
        assertTrue(settings("--idle-lock-minutes", "2000").badInput().contains("idle_lock_seconds"));
        assertTrue(settings("--sync-endpoint", "ftp://central").badInput().contains("sync_endpoint"));
        assertTrue(settings("--clinic", " ").badInput().contains("clinic_name: is required"));
        assertTrue(settings("--json").json().get("clinic_name").isNull(), "nothing was stored");
    }
}
