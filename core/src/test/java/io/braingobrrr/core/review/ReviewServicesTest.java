package io.braingobrrr.core.review;

import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.montage.ChannelLayout;
import io.braingobrrr.core.montage.Derivation;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewServicesTest {
    private static final Subject GUI = Subject.local("gui", "localhost");
    private static final Subject RESEARCHER = new Subject(7L, "rita", Role.RESEARCHER, "gui", "localhost");
    private static final String KEY = "recording:1";

    @TempDir
    Path dir;

    @Test
    void manualStageWinsOverLaterAutomaticStaging() {
        Database db = Database.open(dir.resolve("brrr.db"));
        AuditTrail trail = new AuditTrail(db);
        SleepScoringService scoring = new SleepScoringService(db, trail);
        scoring.storeAutomatic(GUI, KEY, "brrr-stager 1.0", List.of(new SleepScoringService.AutoStage(0, "W", 0.9),
                new SleepScoringService.AutoStage(1, "N1", 0.6), new SleepScoringService.AutoStage(2, "N2", 0.7)));
        SleepScoringService.Epoch set = scoring.setManual(GUI, KEY, 1, "R");
        assertEquals("manual", set.source());
        assertEquals("system", set.scorer());

        int kept = scoring.storeAutomatic(GUI, KEY, "brrr-stager 1.0", List.of(new SleepScoringService.AutoStage(0, "N1", 0.5),
                new SleepScoringService.AutoStage(1, "N3", 0.8), new SleepScoringService.AutoStage(2, "N2", 0.7)));
        assertEquals(1, kept);
        List<SleepScoringService.Epoch> epochs = new SleepScoringService(Database.open(dir.resolve("brrr.db")), trail).epochs(GUI, KEY);
        assertThat(epochs).extracting(SleepScoringService.Epoch::stage).containsExactly("N1", "R", "N2");
        assertThat(epochs).extracting(SleepScoringService.Epoch::source).containsExactly("auto", "manual", "auto");
        assertEquals(0.5, epochs.get(0).confidence(), 1e-12);
        assertThat(trail.page(AuditQuery.ALL, 1, 50).items())
                .extracting(e -> e.action()).contains("sleep_scoring.auto", "sleep_scoring.epoch");
        assertTrue(trail.verify().ok());
    }

    @Test
    void badStagesAndReadOnlyRolesAreRefused() {
        Database db = Database.open(dir.resolve("brrr.db"));
        SleepScoringService scoring = new SleepScoringService(db, new AuditTrail(db));
        assertTrue(assertThrows(InvalidInputException.class, () -> scoring.setManual(GUI, KEY, 0, "S4"))
                .getMessage().contains("'S4'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> scoring.setManual(GUI, KEY, -1, "W"))
                .getMessage().contains("epoch"));
        assertThrows(PermissionDeniedException.class, () -> scoring.setManual(RESEARCHER, KEY, 0, "W"));
        assertEquals(List.of(), scoring.epochs(GUI, KEY));
    }

    @Test
    void customMontagesValidateSaveRenameAndDelete() {
        Database db = Database.open(dir.resolve("brrr.db"));
        CustomMontageService montages = new CustomMontageService(db, new AuditTrail(db));
        Montage mine = new Montage(" Temporal chain ", List.of(new Derivation("T3-T5", Map.of("T3", 1.0, "T5", -1.0)),
                new Derivation("C3 Hjorth", Map.of("C3", 1.0, "F3", -0.5, "P3", -0.5))));
        montages.save(GUI, null, mine);
        Montage stored = new CustomMontageService(Database.open(dir.resolve("brrr.db")), new AuditTrail(db))
                .find(GUI, "temporal chain").orElseThrow();
        assertEquals("Temporal chain", stored.name());
        assertEquals(Map.of("T7", 1.0, "P7", -1.0), stored.derivations().get(0).weights());   // stored by 10-10 name
        assertEquals(Map.of("C3", 1.0, "F3", -0.5, "P3", -0.5), stored.derivations().get(1).weights());

        assertThrows(ConflictException.class, () -> montages.save(GUI, null, new Montage("TEMPORAL CHAIN", mine.derivations())));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> montages.save(GUI, null,
                new Montage("x", List.of(new Derivation("a", Map.of("Qq1", 1.0)), new Derivation("a", Map.of("Cz", 1.0))))));
        assertTrue(bad.fieldErrors().get("derivation 1").contains("unknown electrode 'Qq1'"), bad.getMessage());
        assertTrue(bad.fieldErrors().get("derivation 2").contains("used twice"), bad.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> montages.save(GUI, null, new Montage("empty", List.of())))
                .fieldErrors().containsKey("derivations"));
        assertTrue(assertThrows(InvalidInputException.class, () -> montages.save(GUI, null, new Montage("Average", mine.derivations())))
                .fieldErrors().get("name").contains("standard"));

        montages.save(GUI, "Temporal chain", new Montage("Left chain", mine.derivations().subList(0, 1)));
        assertThat(montages.list(GUI)).extracting(Montage::name).containsExactly("Left chain");
        assertEquals(1, montages.list(GUI).get(0).derivations().size());
        montages.delete(GUI, "Left chain");
        assertEquals(List.of(), montages.list(GUI));
    }

    @Test
    void channelLayoutsAndSettingsSurviveReopening() {
        Path file = dir.resolve("brrr.db");
        Database db = Database.open(file);
        AuditTrail trail = new AuditTrail(db);
        ChannelLayout layout = new ChannelLayout(Set.of("EEG F7-REF"), Set.of("EKG"), List.of("EEG Cz-REF", "EEG Fp1-REF"));
        new ChannelLayoutService(db, trail).save(GUI, KEY, layout);
        new UserSettingsService(db).save(GUI, Map.of("theme", "dark", "sensitivity", "10"));
        new UserSettingsService(db).save(GUI, Map.of("theme", "light"));

        Database again = Database.open(file);
        assertEquals(layout, new ChannelLayoutService(again, trail).layout(GUI, KEY));
        assertEquals(ChannelLayout.NONE, new ChannelLayoutService(again, trail).layout(GUI, "recording:2"));
        assertEquals(Map.of("theme", "light", "sensitivity", "10"), new UserSettingsService(again).load(GUI));
        assertEquals(Map.of(), new UserSettingsService(again).load(RESEARCHER));
        assertThat(trail.page(AuditQuery.ALL, 1, 50).items())
                .extracting(e -> e.action()).containsExactly("channels.bad");
    }
}
