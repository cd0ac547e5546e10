package io.braingobrrr.core.report;

import java.time.LocalDate;

/**
 * The patient line printed on every page, as the viewer may see it: for users without phi_read the
 * identifier is the installation's pseudonym and name and birth date are null.
 */
public record ReportPatient(String identifier, String name, LocalDate birthDate, String sex, boolean pseudonymised) {
}
