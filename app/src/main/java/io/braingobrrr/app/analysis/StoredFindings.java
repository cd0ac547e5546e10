package io.braingobrrr.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.sync.analyses.ResultJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the workstation shows of a recording's stored results, read from their JSON (the rows the analysis
 * service wrote, whoever started it): quality control, screening, time-located findings, sleep stages.
 * Pure data: no JavaFX, so the findings panel's view model only copies it into properties.
 */
public record StoredFindings(Quality quality, Screening screening, List<Finding> findings, Sleep sleep) {

    /** Kinds listed as findings; spindles, K-complexes and REMs belong to the hypnogram's sleep view, not here. */
    public static final Set<String> FINDING_KINDS = Set.of("spike", "seizure", "artifact");

    public static final double EPOCH_SECONDS = 30;

    public static final StoredFindings NONE = new StoredFindings(null, null, List.of(), null);

    /** @param usablePercent null when no channel could be judged; grade null with it */
    public record Quality(String grade, Double usablePercent, double anyArtifactShare, List<String> artifactShares,
                          List<ChannelStatus> channels, long analysisId) {
    }

    public record ChannelStatus(String label, String status, String reason) {
    }

    /** Decision support, never a diagnosis: {@code note} says so and travels with it. */
    public record Screening(boolean abnormal, double confidence, String triage, List<String> findings, String note) {
    }

    /** A time-located event: onset and offset in seconds from the recording start. */
    public record Finding(double onsetS, double offsetS, String kind, String channel, double confidence) {
        public String describe() {
            return switch (kind) {
                case "seizure" -> String.format(Locale.ROOT, "Possible seizure, onset %.1f s, offset %.1f s", onsetS, offsetS);
                case "spike" -> "Spike or sharp wave";
                case "artifact" -> "Artifact";
                default -> kind;
            };
        }
    }

    /** Stages of 30 s epochs ("W", "N1" ...; null where not staged), their confidences and the algorithm that made them. */
    public record Sleep(List<String> stages, List<Double> confidences, String algorithm, long analysisId) {
    }

    public static StoredFindings of(List<ResultStore.StoredResult> results) {
        Quality quality = null;
        Screening screening = null;
        List<Finding> findings = new ArrayList<>();
        List<Finding> qualityArtifacts = new ArrayList<>();
        boolean events = false;
        Sleep sleep = null;
        for (ResultStore.StoredResult r : results) {
            JsonNode p = parse(r);
            switch (r.kind()) {
                case "quality" -> {
                    quality = quality(p, r.analysisId());
                    for (JsonNode a : p.path("artifacts")) {
                        double on = a.path("onset_s").asDouble();
                        qualityArtifacts.add(new Finding(on, on + a.path("duration_s").asDouble(), "artifact",
                                a.path("kind").asText("").toLowerCase(Locale.ROOT) + " " + join(a.path("channels")), 1));
                    }
                }
                case "abnormality" -> screening = screening(p);
                case "events" -> {
                    events = true;
                    for (JsonNode e : p.path("events")) {
                        String kind = e.path("kind").asText();
                        if (!FINDING_KINDS.contains(kind)) continue;
                        double on = e.path("onset_s").asDouble();
                        findings.add(new Finding(on, on + e.path("duration_s").asDouble(), kind, e.path("channel").asText(""),
                                e.path("confidence").asDouble()));
                    }
                }
                case "sleep" -> sleep = sleep(p, r);
                default -> { }
            }
        }
        // A quick or standard run has no events part: its artifacts still come from quality control.
        if (!events) findings.addAll(qualityArtifacts);
        findings.sort(Comparator.comparingDouble(Finding::onsetS));
        return new StoredFindings(quality, screening, List.copyOf(findings), sleep);
    }

    private static Quality quality(JsonNode p, long analysisId) {
        List<ChannelStatus> channels = new ArrayList<>();
        for (JsonNode c : p.path("channels")) {
            String status = !c.path("assessed").asBoolean(true) ? "not assessed" : c.path("bad").asBoolean() ? "bad" : "good";
            channels.add(new ChannelStatus(c.path("label").asText(), status, join(c.path("reasons"))));
        }
        List<String> shares = new ArrayList<>();
        // Kinds that flagged nothing are left out: the line names what was found.
        p.path("artifact_share").fields().forEachRemaining(e -> {
            if (e.getValue().asDouble() >= 0.0005) {
                shares.add(String.format(Locale.ROOT, "%s %.1f %%", e.getKey().replace('_', ' '), 100 * e.getValue().asDouble()));
            }
        });
        JsonNode usable = p.path("usable_percent");
        return new Quality(p.path("grade").isTextual() ? p.path("grade").asText() : null,
                usable.isNumber() ? usable.asDouble() : null, p.path("any_artifact_share").asDouble(), List.copyOf(shares),
                List.copyOf(channels), analysisId);
    }

    private static Screening screening(JsonNode p) {
        List<String> findings = new ArrayList<>();
        for (JsonNode f : p.path("findings")) findings.add(f.path("text").asText());
        return new Screening(p.path("is_abnormal").asBoolean(), p.path("confidence").asDouble(), p.path("triage").asText(""),
                List.copyOf(findings), p.path("note").asText(""));
    }

    private static Sleep sleep(JsonNode p, ResultStore.StoredResult r) {
        // Epochs are placed by their onset (30 s each), so a gap in the staged epochs stays a gap (null).
        List<String> stages = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        for (JsonNode e : p.path("epochs")) {
            int index = (int) Math.round(e.path("onset_s").asDouble() / EPOCH_SECONDS);
            while (stages.size() <= index) {
                stages.add(null);
                confidences.add(null);
            }
            stages.set(index, e.path("stage").asText());
            confidences.set(index, e.path("confidence").asDouble());
        }
        return new Sleep(java.util.Collections.unmodifiableList(stages), java.util.Collections.unmodifiableList(confidences),
                r.algorithm() + " " + r.algorithmVersion(), r.analysisId());
    }

    private static String join(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.asText());
        return String.join(", ", out);
    }

    /** A row that is not JSON is a damaged database: say which row instead of showing half a panel. */
    private static JsonNode parse(ResultStore.StoredResult r) {
        try {
            return ResultJson.MAPPER.readTree(r.payload());
        } catch (IOException e) {
            throw new IllegalStateException("result " + r.id() + " (" + r.kind() + ") holds invalid JSON: " + e.getMessage(), e);
        }
    }
}
