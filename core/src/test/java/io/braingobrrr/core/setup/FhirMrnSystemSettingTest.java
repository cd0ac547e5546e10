package io.braingobrrr.core.setup;

import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FhirMrnSystemSettingTest {
    @TempDir
    Path dir;

    @Test
    void storesTheHospitalsSystemAuditedAndClearsItWhenBlank() throws Exception {
        Database db = Database.open(dir.resolve("s.db"));
        InstallationSettings s = new InstallationSettings(db);
        Subject admin = Subject.local("cli", "localhost");
        assertThat(s.fhirMrnSystem()).isEmpty();
        s.setFhirMrnSystem(admin, "  urn:oid:1.2.36.146.595.217.0.1 ");
        assertThat(new InstallationSettings(db).fhirMrnSystem()).contains("urn:oid:1.2.36.146.595.217.0.1");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE action = 'settings.update' AND entity_id = 'fhir_mrn_system'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        s.setFhirMrnSystem(admin, " ");
        assertThat(s.fhirMrnSystem()).isEmpty();
    }

    @Test
    void acceptsTheUsualShapesOfAnIdentifierSystem() {
        assertThat(InstallationSettings.checkIdentifierSystem("https://hospital.example/fhir/mrn")).contains("https://hospital.example/fhir/mrn");
        assertThat(InstallationSettings.checkIdentifierSystem("urn:uuid:8a7d3c1e-0f2b-4c5d-9e6f-123456789abc")).isPresent();
        assertThat(InstallationSettings.checkIdentifierSystem("urn:hospital:mrn")).isPresent();
        assertThat(InstallationSettings.checkIdentifierSystem(null)).isEqualTo(Optional.empty());
    }

    @Test
    void refusesWhatIsNoAbsoluteIdentifierSystemAndNamesTheSetting() {
        for (String bad : new String[]{"hospital-mrn", "urn:oid:1.2.x", "urn:oid:1.02.3", "urn:uuid:not-a-uuid", "ftp://h/mrn", "https:///mrn", "a b"}) {
            assertThatThrownBy(() -> InstallationSettings.checkIdentifierSystem(bad)).as(bad)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("fhir_mrn_system");
        }
    }
}
