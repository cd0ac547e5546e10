package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A FHIR R4 transaction Bundle for one study, built as plain JSON (no HAPI at run time, ADR 0010).
 * Every entry is a conditional update by a business identifier ({@code PUT Type?identifier=system|value}):
 * the first send creates, a re-send updates the same resources, so nothing is ever duplicated. Entries
 * reference each other by urn:uuid fullUrls derived from those identifiers, which the server rewrites.
 */
public final class FhirBundle {
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    /** Local code systems for what LOINC does not cover; identifiers are namespaced by the installation. */
    public static final String LOCAL_CODES = "urn:brain-go-brrr:codes";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** OffsetDateTime.toString drops ":00" seconds, which FHIR's dateTime refuses: always write them. */
    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final String identifierBase;
    private final java.util.function.Supplier<String> mrnSystem;

    /** @param identifierBase e.g. urn:brain-go-brrr:site-1 ; identifiers are {base}:mrn, {base}:report, {base}:observation */
    public FhirBundle(String identifierBase) {
        this(identifierBase, () -> identifierBase + ":mrn");
    }

    /**
     * @param mrnSystem the hospital's MRN identifier system, read at each bundle (an admin may set it while the outbox
     *                  runs); reports and observations stay in this installation's namespace
     */
    public FhirBundle(String identifierBase, java.util.function.Supplier<String> mrnSystem) {
        this.identifierBase = identifierBase;
        this.mrnSystem = mrnSystem;
    }

    public String mrnSystem() {
        return mrnSystem.get();
    }

    public ObjectNode build(Study s) {
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "transaction");
        ArrayNode entries = bundle.putArray("entry");
        String patientUrl = urn("patient|" + s.mrn());
        String mrns = mrnSystem();
        entries.add(createIfAbsent(patientUrl, patient(s, mrns), "Patient", mrns, s.mrn()));
        String reportSystem = identifierBase + ":report";
        String obsSystem = identifierBase + ":observation";
        ArrayNode results = JSON.createArrayNode();
        for (Study.Measure m : s.measures()) {
            String id = s.key() + "-" + m.code();
            String url = urn("obs|" + id);
            results.addObject().put("reference", url);
            entries.add(entry(url, observation(s, m, obsSystem, id, patientUrl), "Observation", obsSystem, id));
        }
        entries.add(entry(urn("report|" + s.key()), report(s, reportSystem, patientUrl, results), "DiagnosticReport",
                reportSystem, s.key()));
        return bundle;
    }

    /**
     * The patient is the hospital's master record: a conditional create (POST with ifNoneExist) references the one its
     * server already holds under this MRN and leaves it as it is; only an unknown MRN creates a patient. A PUT would
     * overwrite the hospital's demographics and other identifiers with this workstation's copy.
     */
    private static ObjectNode createIfAbsent(String fullUrl, ObjectNode resource, String type, String system, String value) {
        ObjectNode e = JSON.createObjectNode().put("fullUrl", fullUrl);
        e.set("resource", resource);
        e.putObject("request").put("method", "POST").put("url", type)
                .put("ifNoneExist", "identifier=" + URLEncoder.encode(system + "|" + value, StandardCharsets.UTF_8));
        return e;
    }

    private static ObjectNode entry(String fullUrl, ObjectNode resource, String type, String system, String value) {
        ObjectNode e = JSON.createObjectNode().put("fullUrl", fullUrl);
        e.set("resource", resource);
        e.putObject("request").put("method", "PUT").put("url", type + "?identifier="
                + URLEncoder.encode(system + "|" + value, StandardCharsets.UTF_8));
        return e;
    }

    private ObjectNode patient(Study s, String mrns) {
        ObjectNode p = JSON.createObjectNode().put("resourceType", "Patient");
        ArrayNode ids = p.putArray("identifier");
        ObjectNode id = ids.addObject().put("use", "usual").put("system", mrns).put("value", s.mrn());
        id.putObject("type").putArray("coding").addObject().put("system", "http://terminology.hl7.org/CodeSystem/v2-0203")
                .put("code", "MR").put("display", "Medical record number");
        if (s.patientName() != null && !s.patientName().isBlank()) p.putArray("name").addObject().put("text", s.patientName());
        if (s.sex() != null) {
            p.put("gender", switch (s.sex()) {
                case "F" -> "female";
                case "M" -> "male";
                default -> "other";
            });
        }
        if (s.birthDate() != null) p.put("birthDate", s.birthDate().toString());
        return p;
    }

    private static ObjectNode observation(Study s, Study.Measure m, String system, String id, String patientUrl) {
        ObjectNode o = JSON.createObjectNode().put("resourceType", "Observation");
        o.putArray("identifier").addObject().put("system", system).put("value", id);
        o.put("status", "final");
        o.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/observation-category").put("code", "procedure")
                .put("display", "Procedure");
        ObjectNode code = o.putObject("code");
        ArrayNode coding = code.putArray("coding");
        if (m.loinc() != null) coding.addObject().put("system", LOINC).put("code", m.loinc()).put("display", m.display());
        coding.addObject().put("system", LOCAL_CODES).put("code", m.code()).put("display", m.display());
        code.put("text", m.display());
        o.putObject("subject").put("reference", patientUrl);
        o.put("effectiveDateTime", DATE_TIME.format(s.effective()));
        o.putObject("valueQuantity").put("value", Math.round(m.value() * 10) / 10.0).put("unit", m.ucum())
                .put("system", UCUM).put("code", m.ucum());
        return o;
    }

    private static ObjectNode report(Study s, String system, String patientUrl, ArrayNode results) {
        ObjectNode r = JSON.createObjectNode().put("resourceType", "DiagnosticReport");
        r.putArray("identifier").addObject().put("system", system).put("value", s.key());
        r.put("status", "final");
        r.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/v2-0074").put("code", "EN").put("display", "Electroneuro (EEG, EMG,EP,PSG)");
        ObjectNode code = r.putObject("code");
        if (s.sleep()) {
            // No LOINC code for a polysomnography report was found that we could confirm: local code, text for humans.
            code.putArray("coding").addObject().put("system", LOCAL_CODES).put("code", "psg-report").put("display", "Polysomnography report");
            code.put("text", "Polysomnography report");
        } else {
            code.putArray("coding").addObject().put("system", LOINC).put("code", "11523-8").put("display", "EEG study");
            code.put("text", "EEG study");
        }
        r.putObject("subject").put("reference", patientUrl);
        r.put("effectiveDateTime", DATE_TIME.format(s.effective()));
        if (s.performer() != null) r.putArray("performer").addObject().put("display", s.performer());
        if (!results.isEmpty()) r.set("result", results);
        if (s.conclusion() != null) r.put("conclusion", s.conclusion());
        if (s.reportPdf() != null) {
            r.putArray("presentedForm").addObject().put("contentType", "application/pdf")
                    .put("data", Base64.getEncoder().encodeToString(s.reportPdf())).put("title", "Report " + s.key() + ".pdf");
        }
        return r;
    }

    /** A urn:uuid stable for the same key, so a re-sent bundle is byte-identical when nothing changed. */
    static String urn(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
