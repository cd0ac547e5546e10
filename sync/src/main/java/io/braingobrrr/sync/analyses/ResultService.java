package io.braingobrrr.sync.analyses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.ResultStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** Reading results (analyses_read): the stored row, a summary of it, its PDF report, PNG visualisations. */
public final class ResultService {
    private final ResultStore store;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ResultImageRenderer renderer;

    /** @param renderer null when no drawing code is wired (the API then answers 501 for images) */
    public ResultService(ResultStore store, AuditTrail audit, ObjectMapper json, ResultImageRenderer renderer) {
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.renderer = renderer;
    }

    public ResultStore.StoredResult get(Subject by, long id) {
        by.require(Permission.ANALYSES_READ);
        return store.result(id).orElseThrow(() -> new NotFoundException("there is no result " + id));
    }

    /** The newest completed result of each kind of a recording (quality, spectral, abnormality, sleep, events). */
    public java.util.List<ResultStore.StoredResult> latestOfRecording(Subject by, long recordingId) {
        by.require(Permission.ANALYSES_READ);
        return store.latestResults(recordingId);
    }

    /**
     * The payload's top-level numbers, strings and booleans, and for each list or object its size
     * ({@code NAME_count}): enough to triage without downloading per-channel detail.
     */
    public Map<String, Object> summary(Subject by, long id) {
        ResultStore.StoredResult r = get(by, id);
        ObjectNode out = json.createObjectNode();
        out.put("result_id", r.id()).put("analysis_id", r.analysisId()).put("recording_id", r.recordingId())
                .put("kind", r.kind()).put("algorithm", r.algorithm()).put("algorithm_version", r.algorithmVersion());
        if (r.payload() != null) {
            try {
                JsonNode p = json.readTree(r.payload());
                for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode v = e.getValue();
                    if (v.isValueNode()) out.set(e.getKey(), v);
                    else out.put(e.getKey() + "_count", v.size());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("result " + id + " holds invalid JSON", e);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = json.convertValue(out, Map.class);
        return m;
    }

    /**
     * The PDF report of the result's recording: the result itself when it is a report, else the newest report
     * of its recording. {@link ConflictException} (409) when no report was generated yet. The export is audited.
     */
    public byte[] pdf(Subject by, long id) {
        ResultStore.StoredResult r = get(by, id);
        ResultStore.StoredResult report = "application/pdf".equals(r.mediaType()) ? r : store.latestReport(r.recordingId())
                .orElseThrow(() -> new ConflictException("no PDF report of recording " + r.recordingId()
                        + " exists yet; generate one first (brrr report --recording " + r.recordingId() + ")"));
        byte[] pdf = store.attachment(report.id()).orElseThrow(() -> new ConflictException("result " + report.id() + " has no PDF"));
        audit.append(new AuditEvent(by.username(), "report.export", "result", Long.toString(report.id()),
                Map.of("recording_id", r.recordingId()), by.origin(), by.address()));
        return pdf;
    }

    public boolean canRender() {
        return renderer != null;
    }

    /** PNG of the result; call {@link #canRender()} first (the API maps its absence to 501). */
    public byte[] image(Subject by, long id, ResultImageRenderer.Kind kind, int width, int height) {
        ResultStore.StoredResult r = get(by, id);
        if (renderer == null) throw new IllegalStateException("no image renderer wired");
        return renderer.render(kind, r, width, height);
    }
}
