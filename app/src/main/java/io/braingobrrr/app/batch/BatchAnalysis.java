package io.braingobrrr.app.batch;

import io.braingobrrr.analysis.jobs.AnalysisJobs;
import io.braingobrrr.analysis.jobs.Job;
import io.braingobrrr.analysis.jobs.JobQueue;
import io.braingobrrr.analysis.jobs.JobTask;
import io.braingobrrr.analysis.jobs.Priority;
import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.sync.analyses.AnalysisService;
import io.braingobrrr.sync.analyses.ResultJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Many analyses at once, each input on its own: files from disk go through an analysis.jobs {@link JobQueue}
 * (results returned, nothing stored); stored recordings through sync's {@link AnalysisService}, the API's own
 * queue, so their results are stored with versions exactly as an API-started analysis. A bad input becomes a
 * failed entry naming the problem and the others go on. No JavaFX: the CLI uses it, the GUI may.
 */
public final class BatchAnalysis {
    /** One input: a file path, or "db:ID" for a stored recording. */
    public record Input(Path file, Long recordingId) {
        public static Input parse(String text) {
            String t = text.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("db:")) return stored(t.substring(3), text);
            return new Input(Path.of(t), null);
        }

        /** "db:12" or "12". */
        public static Input stored(String id, String as) {
            try {
                long v = Long.parseLong(id.strip());
                if (v < 1) throw new NumberFormatException();
                return new Input(null, v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a recording id (db:ID, ID a positive number): '" + as + "'");
            }
        }

        public String label() {
            return file != null ? file.toString() : "db:" + recordingId;
        }
    }

    /** How one input ended. {@code report} for files, {@code results} (stored rows) for recordings. */
    public record Entry(String input, String status, Long recordingId, Long analysisId, String error, boolean badInput,
                        AnalysisReport report, List<ResultStore.Result> results) {
        public boolean completed() {
            return "completed".equals(status);
        }
    }

    private static final Set<String> ENDED = Set.of("completed", "failed", "cancelled");
    private static final long POLL_MS = 200;

    private final Database db;
    private final int fileThreads;

    /** @param db where stored recordings live and their results go (may be null when every input is a file) */
    public BatchAnalysis(Database db, int fileThreads) {
        this.db = db;
        this.fileThreads = fileThreads;
    }

    /** Stored recordings that have no completed analysis yet. */
    public static List<Long> unanalysed(Database db) {
        return new ResultStore(db).unanalysedRecordings();
    }

    /**
     * Runs every input, waits for all, and returns one entry per input in the given order.
     *
     * @param progress one human-readable line per change of stage (or 25 % step) of any input
     */
    public List<Entry> run(Subject by, List<Input> inputs, AnalysisType type, Priority priority, Consumer<String> progress)
            throws InterruptedException {
        Entry[] out = new Entry[inputs.size()];
        List<Pending> pending = new ArrayList<>();
        List<Long> storedIds = new ArrayList<>();
        List<Integer> storedAt = new ArrayList<>();
        Map<Long, Exception> fileErrors = new ConcurrentHashMap<>();
        RecordingStore recordings = db == null ? null : new RecordingStore(db);
        try (JobQueue files = new JobQueue(1, j -> { })) {
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                if (in.file() != null) {
                    String problem = fileProblem(in.file());
                    if (problem != null) {
                        out[i] = failed(in, problem, true);
                        continue;
                    }
                    JobTask<AnalysisReport> task = AnalysisJobs.analyzeFile(in.file(), type, new AnalysisRunner(fileThreads, QualityParams.DEFAULT));
                    long seq = i;
                    Job<AnalysisReport> job = files.submit("analyze " + in.file().getFileName(), priority, ctx -> {
                        try {
                            return task.run(ctx);
                        } catch (Exception e) {
                            fileErrors.put(seq, e);   // the job keeps only the message; the kind decides the exit status
                            throw e;
                        }
                    });
                    pending.add(new Pending(i, in, job, null));
                } else if (recordings == null) {
                    out[i] = failed(in, "a stored recording needs a database", true);
                } else if (recordings.find(in.recordingId()).isEmpty()) {
                    out[i] = failed(in, "there is no recording " + in.recordingId() + " in the database", true);
                } else {
                    storedIds.add(in.recordingId());
                    storedAt.add(i);
                }
            }
            if (!storedIds.isEmpty()) {
                try (AnalysisService service = new AnalysisService(new ResultStore(db), recordings, new AuditTrail(db), ResultJson.MAPPER, 1, false)) {
                    for (int from = 0; from < storedIds.size(); from += AnalysisService.MAX_BATCH) {
                        int to = Math.min(storedIds.size(), from + AnalysisService.MAX_BATCH);
                        List<ResultStore.Analysis> made = service.submitAll(by, storedIds.subList(from, to), type.key(),
                                priority.name().toLowerCase(Locale.ROOT), null);
                        for (int k = 0; k < made.size(); k++) {
                            int at = storedAt.get(from + k);
                            pending.add(new Pending(at, inputs.get(at), null, made.get(k).id()));
                        }
                    }
                    waitForAll(by, pending, service, out, fileErrors, progress);
                }
            } else {
                waitForAll(by, pending, null, out, fileErrors, progress);
            }
        }
        return List.of(out);
    }

    private record Pending(int index, Input input, Job<AnalysisReport> job, Long analysisId) {
    }

    private void waitForAll(Subject by, List<Pending> pending, AnalysisService service, Entry[] out, Map<Long, Exception> fileErrors,
                            Consumer<String> progress) throws InterruptedException {
        Map<Integer, String> lastSaid = new ConcurrentHashMap<>();
        int total = out.length;
        List<Pending> open = new ArrayList<>(pending);
        while (!open.isEmpty()) {
            for (var it = open.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                String status;
                double fraction;
                String stage;
                if (p.job() != null) {
                    status = p.job().status().name().toLowerCase(Locale.ROOT);
                    fraction = p.job().progress();
                    stage = p.job().stage();
                } else {
                    ResultStore.Analysis a = service.status(by, p.analysisId()).analysis();
                    status = a.status();
                    fraction = a.progress();
                    stage = a.stage();
                }
                String said = status + " " + (int) (fraction * 4) + " " + stage;
                if (!said.equals(lastSaid.put(p.index(), said))) {
                    progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %s %3.0f%% %s", p.index() + 1, total, p.input().label(),
                            status, 100 * fraction, stage == null ? "" : stage));
                }
                if (ENDED.contains(status)) {
                    out[p.index()] = p.job() != null ? fileEntry(p, fileErrors.get((long) p.index())) : storedEntry(by, p, service);
                    it.remove();
                }
            }
            if (!open.isEmpty()) Thread.sleep(POLL_MS);
        }
    }

    private static Entry fileEntry(Pending p, Exception cause) {
        Job<AnalysisReport> j = p.job();
        String status = j.status().name().toLowerCase(Locale.ROOT);
        boolean bad = cause instanceof InvalidRecordingException || cause instanceof IOException;
        // The readers' messages name the file already; others get it in front.
        String name = p.input().file().getFileName().toString();
        String error = j.error() == null ? null : j.error().contains(name) ? j.error() : p.input().label() + ": " + j.error();
        return new Entry(p.input().label(), status, null, null, error, bad, j.result(), null);
    }

    private static Entry storedEntry(Subject by, Pending p, AnalysisService service) {
        AnalysisService.Status s = service.status(by, p.analysisId());
        return new Entry(p.input().label(), s.analysis().status(), p.input().recordingId(), p.analysisId(), s.analysis().error(), false,
                null, s.results());
    }

    private static Entry failed(Input in, String problem, boolean badInput) {
        return new Entry(in.label(), "failed", in.recordingId(), null, problem, badInput, null, null);
    }

    private static String fileProblem(Path f) {
        if (!Files.exists(f)) return "file not found: " + f;
        if (Files.isDirectory(f)) return "is a folder, not a file: " + f;
        if (!Files.isReadable(f)) return "cannot read (permissions): " + f;
        return null;
    }
}
