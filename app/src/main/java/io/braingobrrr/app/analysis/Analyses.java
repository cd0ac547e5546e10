package io.braingobrrr.app.analysis;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.sync.analyses.AnalysisService;
import io.braingobrrr.sync.analyses.ResultJson;
import io.braingobrrr.sync.analyses.ResultService;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workstation's analyses: the API's own {@link AnalysisService} (same job queue, same rows, same audit) and
 * {@link ResultService}, one pair per database file for the whole process. The main window is rebuilt for each
 * signed-in user; the queue must outlive that (a user switch must not fail the jobs still running), so every
 * window of the same database shares it and passes its own {@code Subject} to each call.
 */
public record Analyses(AnalysisService jobs, ResultService results) {
    private static final Map<Path, Analyses> SHARED = new ConcurrentHashMap<>();

    /** One worker: a stored recording reads through one connection, and SQLite has one writer anyway. */
    public static Analyses forDatabase(Database db) {
        return SHARED.computeIfAbsent(db.file().toAbsolutePath().normalize(), f -> {
            ResultStore store = new ResultStore(db);
            AuditTrail trail = new AuditTrail(db);
            return new Analyses(new AnalysisService(store, new RecordingStore(db), trail, ResultJson.MAPPER, 1),
                    new ResultService(store, trail, ResultJson.MAPPER, null));
        });
    }
}
