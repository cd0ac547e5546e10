package io.braingobrrr.sync.analyses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.analysis.jobs.Job;
import io.braingobrrr.analysis.jobs.JobQueue;
import io.braingobrrr.analysis.jobs.Priority;
import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.pipeline.EventsSection;
import io.braingobrrr.analysis.pipeline.SleepSection;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.AnalysisWorker;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.core.store.StoredRecording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyses of stored recordings for the API: queued on an {@link JobQueue} (analysis.jobs), state mirrored
 * into the {@code analyses} row (status, progress, stage) so any reader sees it, results stored per part
 * (quality, spectral, abnormality, sleep, events) with the algorithm and version that made them. Permissions are
 * checked here: analyses_write to start or cancel, analyses_read to look. Starts and cancels are audited.
 */
public final class AnalysisService implements AutoCloseable {
    /** The seed API's types; custom = one of the others chosen by {@code parameters.base}. */
    public static final List<String> TYPES = List.of("quick", "standard", "comprehensive", "custom");
    public static final int MAX_BATCH = 100;

    /** An analysis row and the ids of its results (empty until it completes). */
    public record Status(ResultStore.Analysis analysis, List<ResultStore.Result> results) {
    }

    private final AnalysisWorker worker;
    private final ResultStore results;
    private final RecordingStore recordings;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final JobQueue queue;
    private final Map<Long, Job<?>> jobs = new ConcurrentHashMap<>();
    private final Map<Long, Long> analysisOfJob = new ConcurrentHashMap<>();
    private final Map<Long, Double> lastWritten = new ConcurrentHashMap<>();

    public AnalysisService(ResultStore results, RecordingStore recordings, AuditTrail audit, ObjectMapper json, int workers) {
        this(results, recordings, audit, json, workers, true);
    }

    /**
     * @param closeUnfinished mark rows left queued/running by a process that died as failed (rows of a live process
     *                        sharing the database are never touched); the batch CLI passes false and leaves that to
     *                        the workstation or server
     */
    public AnalysisService(ResultStore results, RecordingStore recordings, AuditTrail audit, ObjectMapper json, int workers,
                           boolean closeUnfinished) {
        this.results = results;
        this.recordings = recordings;
        this.audit = audit;
        this.json = json;
        // Rows left queued/running by a process that died have no worker any more: say so instead of showing them
        // forever. Rows of a live process sharing the file (its worker lock is held) are left alone.
        if (closeUnfinished) results.failUnfinished("the server stopped before this analysis finished; start it again");
        this.worker = results.startWorker();
        this.queue = new JobQueue(workers, this::mirror);
    }

    public ResultStore.Analysis submit(Subject by, long recordingId, String type, String priority, Map<String, Object> parameters) {
        return submitAll(by, List.of(recordingId), type, priority, parameters).get(0);
    }

    /** One analysis per recording, all checked before any is queued (a batch with one bad id queues nothing). */
    public List<ResultStore.Analysis> submitAll(Subject by, List<Long> recordingIds, String type, String priority,
                                                Map<String, Object> parameters) {
        by.require(Permission.ANALYSES_WRITE);
        Map<String, String> errors = new LinkedHashMap<>();
        if (recordingIds == null || recordingIds.isEmpty()) errors.put("recording_ids", "name at least one recording");
        else if (recordingIds.size() > MAX_BATCH) errors.put("recording_ids", "at most " + MAX_BATCH + " recordings per batch");
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        AnalysisType run = null;
        if (!TYPES.contains(t)) {
            errors.put("type", "must be one of " + String.join(", ", TYPES) + ", not '" + type + "'");
        } else {
            try {
                run = t.equals("custom") ? AnalysisType.parse(parameters == null ? null : String.valueOf(parameters.get("base")))
                        : AnalysisType.parse(t);
            } catch (IllegalArgumentException e) {
                errors.put("parameters.base", "a custom analysis names its base type: quick, standard or comprehensive");
            }
        }
        Priority p = null;
        try {
            p = priority == null || priority.isBlank() ? Priority.NORMAL : Priority.valueOf(priority.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("priority", "must be normal, expedite or urgent, not '" + priority + "'");
        }
        if (recordingIds != null) {
            for (Long id : recordingIds) {
                if (id == null || recordings.find(id).isEmpty()) errors.put("recording_ids", "there is no recording " + id);
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        String params = parameters == null || parameters.isEmpty() ? null : write(parameters);
        List<ResultStore.Analysis> out = new ArrayList<>();
        for (long recordingId : recordingIds) {
            long id = results.createAnalysis(recordingId, t, p.ordinal(), params, worker);
            AnalysisType kind = run;
            Job<?> job = queue.submit("analysis " + id, p, ctx -> {
                run(id, recordingId, kind, ctx);
                return null;
            });
            jobs.put(id, job);
            analysisOfJob.put(job.id(), id);
            audit.append(new AuditEvent(by.username(), "analysis.create", "analysis", Long.toString(id),
                    Map.of("recording_id", recordingId, "type", t, "priority", p.name().toLowerCase(Locale.ROOT)), by.origin(), by.address()));
            out.add(results.analysis(id).orElseThrow());
        }
        return out;
    }

    public Status status(Subject by, long id) {
        by.require(Permission.ANALYSES_READ);
        ResultStore.Analysis a = results.analysis(id).orElseThrow(() -> new NotFoundException("there is no analysis " + id));
        return new Status(a, results.results(id));
    }

    /** The newest analyses, of one recording or of all ({@code recordingId} null): the workstation's job list. */
    public List<ResultStore.Listed> list(Subject by, Long recordingId, int limit) {
        by.require(Permission.ANALYSES_READ);
        return results.recent(recordingId, limit);
    }

    /** Cancels a queued or running analysis; 409 when it has already ended. */
    public ResultStore.Analysis cancel(Subject by, long id) {
        by.require(Permission.ANALYSES_WRITE);
        ResultStore.Analysis a = results.analysis(id).orElseThrow(() -> new NotFoundException("there is no analysis " + id));
        if (!a.status().equals("queued") && !a.status().equals("running")) {
            throw new ConflictException("analysis " + id + " has already ended (" + a.status() + ")");
        }
        Job<?> job = jobs.get(id);
        if (job != null) job.cancel();
        else results.update(id, "cancelled", a.progress(), "cancelled", null);
        audit.append(new AuditEvent(by.username(), "analysis.cancel", "analysis", Long.toString(id), Map.of(), by.origin(), by.address()));
        // A running job stops at its next check; the row says cancelled once the worker has let go.
        return results.analysis(id).orElseThrow();
    }

    /** Waits for the job of an analysis (tests and the batch CLI); false on timeout. */
    public boolean await(long id, long millis) throws InterruptedException {
        Job<?> job = jobs.get(id);
        return job == null || job.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void run(long id, long recordingId, AnalysisType type, io.braingobrrr.analysis.jobs.JobContext ctx) {
        ctx.progress(0, "opening recording " + recordingId);
        AnalysisReport r;
        try (StoredRecording src = recordings.open(recordingId)) {
            // One thread: a stored recording reads through one database connection.
            r = new AnalysisRunner(1, QualityParams.DEFAULT).run(src, type, ctx::progress, ctx.cancelFlag());
        }
        ctx.throwIfCancelled();
        ctx.progress(0.99, "storing results");
        results.addResult(id, "quality", r.quality().provenance().algorithm(), r.quality().provenance().version(), write(r.quality()));
        results.addResult(id, "spectral", r.spectral().provenance().algorithm(), r.spectral().provenance().version(), write(r.spectral()));
        results.addResult(id, "abnormality", r.abnormality().provenance().algorithm(), r.abnormality().provenance().version(),
                write(r.abnormality()));
        if (r.sleep() instanceof SleepSection s) {
            results.addResult(id, "sleep", s.algorithm().name(), s.algorithm().version(), write(s));
        }
        if (r.events() instanceof EventsSection e) {
            // Several detectors made this section: their names and versions joined, each also in the payload.
            String names = e.algorithms().stream().map(a -> a.name()).collect(java.util.stream.Collectors.joining("+"));
            String versions = e.algorithms().stream().map(a -> a.version()).collect(java.util.stream.Collectors.joining("+"));
            results.addResult(id, "events", names.isEmpty() ? "events" : names, versions.isEmpty() ? "-" : versions, write(e));
        }
    }

    /** Job listener: mirrors state into the row; progress only in steps of 2 % (each write is a transaction). */
    private void mirror(Job<?> job) {
        Long id = analysisOfJob.get(job.id());
        if (id == null || job.status() == Job.Status.QUEUED) return;
        String status = job.status().name().toLowerCase(Locale.ROOT);
        if (job.status() == Job.Status.RUNNING) {
            Double last = lastWritten.get(id);
            if (last != null && job.progress() - last < 0.02) return;
            lastWritten.put(id, job.progress());
        } else {
            lastWritten.remove(id);
            jobs.remove(id);
            analysisOfJob.remove(job.id());
        }
        results.update(id, status, job.progress(), job.stage(), job.error());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        queue.close();
        worker.close();
    }
}
