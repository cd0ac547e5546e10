package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.clinical.PatientService;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports patient demographics from the FHIR server into the worklist: search by identifier or name, then
 * create each patient not yet known by MRN (through {@link PatientService}: permission check and audit).
 */
public final class PatientImport {
    /** @param outcome created, exists, or skipped (with the reason) */
    public record Imported(String mrn, String name, String birthDate, String sex, String outcome) {
    }

    private final PatientService patients;
    private final String mrnSystem;

    public PatientImport(PatientService patients, String mrnSystem) {
        this.patients = patients;
        this.mrnSystem = mrnSystem;
    }

    public List<Imported> run(Subject by, FhirClient client, String identifier, String name) throws IOException {
        if ((identifier == null) == (name == null)) {
            throw InvalidInputException.of("search", "give either an identifier or a name");
        }
        List<JsonNode> found = identifier != null ? client.searchPatients("identifier", identifier) : client.searchPatients("name", name);
        List<Imported> out = new ArrayList<>();
        for (JsonNode p : found) {
            String mrn = mrn(p);
            String display = name(p);
            String birth = p.path("birthDate").asText(null);
            String sex = switch (p.path("gender").asText("")) {
                case "female" -> "F";
                case "male" -> "M";
                case "other" -> "X";
                default -> null;
            };
            if (mrn == null) {
                out.add(new Imported(null, display, birth, sex, "skipped: no medical record number"));
                continue;
            }
            LocalDate birthDate;
            try {
                birthDate = birth == null || birth.length() != 10 ? null : LocalDate.parse(birth);   // FHIR allows 1950 or 1950-12
            } catch (DateTimeParseException e) {
                birthDate = null;
            }
            try {
                patients.create(by, mrn, display, birthDate, sex);
                out.add(new Imported(mrn, display, birth, sex, "created"));
            } catch (ConflictException exists) {
                out.add(new Imported(mrn, display, birth, sex, "exists"));
            }
        }
        return out;
    }

    /** The identifier in our MRN system, else the one typed MR, else none. */
    private String mrn(JsonNode p) {
        String typed = null;
        for (JsonNode id : p.path("identifier")) {
            if (mrnSystem.equals(id.path("system").asText())) return id.path("value").asText(null);
            for (JsonNode c : id.path("type").path("coding")) if ("MR".equals(c.path("code").asText())) typed = id.path("value").asText(null);
        }
        return typed;
    }

    private static String name(JsonNode p) {
        JsonNode n = p.path("name").path(0);
        if (n.hasNonNull("text")) return n.get("text").asText();
        List<String> parts = new ArrayList<>();
        n.path("given").forEach(g -> parts.add(g.asText()));
        if (n.hasNonNull("family")) parts.add(n.get("family").asText());
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
