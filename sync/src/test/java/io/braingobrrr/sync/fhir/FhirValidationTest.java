package io.braingobrrr.sync.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.store.Database;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every generated resource, and the bundle, pass HAPI FHIR's R4 instance validator without errors. */
class FhirValidationTest {
    static FhirContext ctx;
    static FhirValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void validator() {
        ctx = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx));
        validator = ctx.newValidator();
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        validator.registerValidatorModule(module);
    }

    private static List<String> errors(String json) {
        ValidationResult r = validator.validateWithResult(json);
        return r.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString).toList();
    }

    @Test
    void everyResourceAndTheBundleValidate() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        FhirFixture f = new FhirFixture(db, true, true);
        JsonNode bundle = new FhirPush(new StudyLoader(db, ZoneOffset.UTC), new FhirBundle("urn:brain-go-brrr:test"),
                java.util.Optional::empty, new OkHttpClient(), Clock.systemUTC(), "Sleep lab").bundle(f.recordingId);
        int n = 0;
        for (JsonNode e : bundle.get("entry")) {
            assertEquals(List.of(), errors(e.get("resource").toString()), e.get("resource").get("resourceType").asText());
            n++;
        }
        assertEquals(13, n);
        assertEquals(List.of(), errors(bundle.toString()), "the transaction bundle");
    }

    @Test
    void theValidatorDoesCatchABrokenResource() {
        // Guards the test above: a status outside the required value set must be reported.
        List<String> e = errors("{\"resourceType\":\"Observation\",\"status\":\"done\",\"code\":{\"text\":\"x\"}}");
        assertTrue(!e.isEmpty(), "the validator accepted an invalid status");
    }
}
