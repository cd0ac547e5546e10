package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.Page;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Patients; the service pseudonymises them for users without phi_read (pseudonymised = true then). */
final class PatientRoutes {
    record PatientView(long id, String mrn, String name, String birthDate, String sex, boolean pseudonymised,
                       @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    record CreatePatient(String mrn, String name, String birthDate, String sex) {
    }

    private final ApiServices s;

    PatientRoutes(ApiServices s) {
        this.s = s;
    }

    static PatientView view(Subject viewer, Patient p) {
        return new PatientView(p.id(), p.mrn(), p.name(), p.birthDate() == null ? null : p.birthDate().toString(), p.sex(),
                !viewer.can(Permission.PHI_READ),
                Links.of("self", "/patients/" + p.id(), "recordings", "/recordings?patient_id=" + p.id()));
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/patients", "patients", "List patients (filter: mrn prefix, needs phi_read)",
                true, null, "page", List.of(200, 403, 422)).returning(PatientView.class), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    Page<Patient> p = s.patients().page(by, ctx.queryParam("mrn"), Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, p, p.items().stream().map(x -> view(by, x)).toList())).send(ctx);
                });
        t.add(new RouteTable.Route("POST", "/patients", "patients", "Create a patient (phi_write)", true, "json", "json",
                List.of(201, 400, 403, 409, 415, 422)).returning(PatientView.class), this::create);
        t.add(new RouteTable.Route("GET", "/patients/{id}", "patients", "One patient", true, null, "json", List.of(200, 403, 404)).returning(PatientView.class),
                ctx -> {
                    Subject by = Authenticator.require(ctx);
                    ctx.json(view(by, s.patients().get(by, Params.id(ctx))));
                });
        t.add(new RouteTable.Route("PUT", "/patients/{id}", "patients", "Replace a patient's mrn, name, birth_date, sex (phi_write)",
                true, "json", "json", List.of(200, 400, 403, 404, 409, 415, 422)).returning(PatientView.class), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    CreatePatient c = ApiJson.body(ctx, CreatePatient.class);
                    ctx.json(view(by, s.patients().update(by, Params.id(ctx), c.mrn(), c.name(), birthDate(c), c.sex())));
                });
    }

    private static LocalDate birthDate(CreatePatient c) {
        try {
            return c.birthDate() == null || c.birthDate().isBlank() ? null : LocalDate.parse(c.birthDate());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("birth_date", "must be yyyy-mm-dd, not '" + c.birthDate() + "'");
        }
    }

    private void create(Context ctx) {
        Subject by = Authenticator.require(ctx);
        CreatePatient c = ApiJson.body(ctx, CreatePatient.class);
        LocalDate birth = birthDate(c);
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            Patient p = s.patients().create(by, c.mrn(), c.name(), birth, c.sex());
            return ApiResponse.created(view(by, p), Links.BASE + "/patients/" + p.id());
        });
    }
}
