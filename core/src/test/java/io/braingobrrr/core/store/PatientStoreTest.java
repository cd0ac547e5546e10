package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PatientStoreTest {
    @TempDir
    Path dir;
    PatientStore patients;

    @BeforeEach
    void open() {
        patients = new PatientStore(Database.open(dir.resolve("brrr.db")));
    }

    @Test
    void createThenFindByMrnAndId() {
        Patient created = patients.create("  H-000123 ", "Ada Lovelace", LocalDate.of(1815, 12, 10), "f");
        Patient expected = new Patient(created.id(), "H-000123", "Ada Lovelace", LocalDate.of(1815, 12, 10), "F");
        assertEquals(expected, created);
        assertEquals(Optional.of(expected), patients.findByMrn("H-000123"));
        assertEquals(Optional.of(expected), patients.findByMrn(" H-000123"));
        assertEquals(Optional.of(expected), patients.find(created.id()));
        assertEquals(Optional.empty(), patients.findByMrn("H-000124"));
    }

    @Test
    void unknownBirthDateAndSexStayUnknown() {
        Patient p = patients.create("X1", null, null, null);
        assertEquals(Optional.of(new Patient(p.id(), "X1", null, null, null)), patients.findByMrn("X1"));
    }

    @Test
    void badInputIsNamed() {
        patients.create("DUP", "First", null, "M");
        assertEquals("a patient with MRN 'DUP' already exists",
                assertThrows(StoreException.class, () -> patients.create("DUP ", "Second", null, null)).getMessage());
        assertEquals("a patient needs an MRN",
                assertThrows(StoreException.class, () -> patients.create("  ", "Nobody", null, null)).getMessage());
        assertEquals("sex must be F, M or X, not 'female'",
                assertThrows(StoreException.class, () -> patients.create("S1", "Eve", null, "female")).getMessage());
    }
}
