package io.braingobrrr.app.audit;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit browser's view model over a real SQLite trail, run on the calling thread: paging and refusals. */
class AuditTrailViewModelTest {
    @TempDir
    Path dir;

    @Test
    void pagesThroughTheTrailNewestFirst() {
        Database db = Database.open(dir.resolve("paging.db"));
        AuditTrail trail = new AuditTrail(db);
        for (int i = 1; i <= 120; i++) {
            trail.append(new AuditEvent("ada", "test.event", "thing", Integer.toString(i), Map.of(), "gui", "ws"));
        }
        AuditTrailViewModel vm = AuditTrailViewModel.forDatabase(db, Subject.local("gui", "ws"), Runnable::run, Runnable::run);
        vm.search();
        assertEquals("Page 1 of 3", vm.pageTextProperty().get());
        assertEquals(120, vm.rows().get(0).id());
        vm.nextPage();
        vm.nextPage();
        assertEquals("Page 3 of 3", vm.pageTextProperty().get());
        assertEquals(120 - 2 * AuditTrailViewModel.PAGE_SIZE, vm.rows().size());
        assertEquals(1, vm.rows().get(vm.rows().size() - 1).id());
        vm.nextPage();                                  // past the end: stays
        assertEquals(3, vm.pageProperty().get());
        vm.previousPage();
        assertEquals(70, vm.rows().get(0).id());
    }

    @Test
    void aTechnicianIsRefusedByTheService() {
        Database db = Database.open(dir.resolve("refused.db"));
        Subject tech = new Subject(7L, "tess", Role.TECHNICIAN, "gui", "ws");
        AuditTrailViewModel vm = AuditTrailViewModel.forDatabase(db, tech, Runnable::run, Runnable::run);
        vm.verify();
        assertEquals("", vm.verificationProperty().get());
        assertTrue(vm.messageProperty().get().contains("role technician may not do this (needs audit_read)"), vm.messageProperty().get());
    }
}
