package io.braingobrrr.sync.api;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.AnnotationService;
import io.braingobrrr.core.clinical.PatientService;
import io.braingobrrr.core.clinical.RecordingService;
import io.braingobrrr.core.identity.ApiClientService;
import io.braingobrrr.core.identity.AuditService;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.store.AnnotationStore;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.sync.analyses.AnalysisService;
import io.braingobrrr.sync.analyses.ResultService;
import io.braingobrrr.sync.sessions.SessionService;

import java.time.Clock;

/** The core services the handlers call, and the API's own state, wired once per server. */
record ApiServices(Database db, ApiConfig config, UserService users, ApiClientService clients, PatientService patients, RecordingService recordings,
                   AuditService audit, TokenService tokens, RefreshTokens refreshTokens, Idempotency idempotency,
                   Metrics metrics, AnalysisService analyses, ResultService results,
                   SessionService sessions, AnnotationService annotations) {
    static ApiServices create(Database db, ApiConfig config, Clock clock, ApiBackends backends) {
        AuditTrail trail = new AuditTrail(db);
        InstallationSecrets secrets = new InstallationSecrets(db);
        Pseudonymizer pseudonymizer = Pseudonymizer.of(secrets);
        PatientStore patientStore = new PatientStore(db);
        RecordingStore recordingStore = new RecordingStore(db);
        ResultStore resultStore = new ResultStore(db);
        return new ApiServices(db, config, new UserService(db, trail, clock), new ApiClientService(db, trail, clock),
                new PatientService(patientStore, pseudonymizer, trail),
                new RecordingService(recordingStore, patientStore, pseudonymizer, trail),
                new AuditService(trail), new TokenService(secrets, config.accessTokenTtl(), clock),
                new RefreshTokens(db, config.refreshTokenTtl(), clock), new Idempotency(db), new Metrics(),
                new AnalysisService(resultStore, recordingStore, trail, ApiJson.MAPPER, 1),
                new ResultService(resultStore, trail, ApiJson.MAPPER, backends.images()),
                new SessionService(backends.sessions(), patientStore, trail),
                new AnnotationService(recordingStore, new AnnotationStore(db), trail));
    }
}
