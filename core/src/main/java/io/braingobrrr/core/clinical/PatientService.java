package io.braingobrrr.core.clinical;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.StoreException;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Patients for every front end. Anyone who may read EEG may list patients, but only users with phi_read
 * see names, MRNs and birth dates (others get {@link Pseudonymizer} codes), and every such read is audited.
 */
public final class PatientService {
    private final PatientStore store;
    private final Pseudonymizer pseudonymizer;
    private final AuditTrail audit;

    public PatientService(PatientStore store, Pseudonymizer pseudonymizer, AuditTrail audit) {
        this.store = store;
        this.pseudonymizer = pseudonymizer;
        this.audit = audit;
    }

    public Page<Patient> page(Subject by, String mrnPrefix, int page, int size) {
        by.require(Permission.EEG_READ);
        String prefix = mrnPrefix == null || mrnPrefix.isBlank() ? null : mrnPrefix.strip();
        // Filtering by real MRN would let a researcher probe for PHI one character at a time.
        if (prefix != null && !by.can(Permission.PHI_READ)) {
            throw new PermissionDeniedException("role " + by.role().key() + " may not filter by MRN (needs phi_read)");
        }
        Page<Patient> found = store.page(prefix, page, size);
        if (by.can(Permission.PHI_READ) && !found.items().isEmpty()) {
            String ids = found.items().stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(","));
            audit.append(new AuditEvent(by.username(), "phi.read", "patient", null, Map.of("ids", ids),
                    by.origin(), by.address()));
        }
        return found.map(p -> pseudonymizer.view(by, p));
    }

    public Patient get(Subject by, long id) {
        by.require(Permission.EEG_READ);
        Patient p = store.find(id).orElseThrow(() -> new NotFoundException("there is no patient " + id));
        if (by.can(Permission.PHI_READ)) {
            audit.append(new AuditEvent(by.username(), "phi.read", "patient", Long.toString(id), Map.of(), by.origin(), by.address()));
        }
        return pseudonymizer.view(by, p);
    }

    public Patient create(Subject by, String mrn, String name, LocalDate birthDate, String sex) {
        by.require(Permission.PHI_WRITE);
        if (mrn == null || mrn.isBlank()) throw InvalidInputException.of("mrn", "is required");
        if (birthDate != null && birthDate.isAfter(LocalDate.now())) throw InvalidInputException.of("birth_date", "is in the future");
        if (store.findByMrn(mrn).isPresent()) throw new ConflictException("a patient with MRN '" + mrn.strip() + "' already exists");
        Patient p;
        try {
            p = store.create(mrn, name, birthDate, sex);
        } catch (StoreException e) {
            if (e.getMessage().contains("sex")) throw InvalidInputException.of("sex", "must be F, M or X");
            if (e.getMessage().contains("already exists")) throw new ConflictException(e.getMessage());
            throw e;
        }
        audit.append(new AuditEvent(by.username(), "patient.create", "patient", Long.toString(p.id()), Map.of(),
                by.origin(), by.address()));
        return p;
    }

    /** Replaces a patient's MRN, name, birth date and sex (phi_write), audited with the names of the fields that changed. */
    public Patient update(Subject by, long id, String mrn, String name, LocalDate birthDate, String sex) {
        by.require(Permission.PHI_WRITE);
        Patient before = store.find(id).orElseThrow(() -> new NotFoundException("there is no patient " + id));
        if (mrn == null || mrn.isBlank()) throw InvalidInputException.of("mrn", "is required");
        if (birthDate != null && birthDate.isAfter(LocalDate.now())) throw InvalidInputException.of("birth_date", "is in the future");
        store.findByMrn(mrn).filter(p -> p.id() != id).ifPresent(p -> {
            throw new ConflictException("a patient with MRN '" + mrn.strip() + "' already exists");
        });
        try {
            store.update(id, mrn, name, birthDate, sex);
        } catch (StoreException e) {
            if (e.getMessage().contains("sex")) throw InvalidInputException.of("sex", "must be F, M or X");
            if (e.getMessage().contains("already exists")) throw new ConflictException(e.getMessage());
            throw e;
        }
        Patient after = store.find(id).orElseThrow();
        // Field names only: the audit trail must not become a second copy of the PHI.
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!before.mrn().equals(after.mrn())) changed.add("mrn");
        if (!java.util.Objects.equals(before.name(), after.name())) changed.add("name");
        if (!java.util.Objects.equals(before.birthDate(), after.birthDate())) changed.add("birth_date");
        if (!java.util.Objects.equals(before.sex(), after.sex())) changed.add("sex");
        audit.append(new AuditEvent(by.username(), "patient.update", "patient", Long.toString(id),
                Map.of("fields", String.join(",", changed)), by.origin(), by.address()));
        return pseudonymizer.view(by, after);
    }
}
