package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.sync.outbox.Attempt;
import io.braingobrrr.sync.outbox.Delivery;
import io.braingobrrr.sync.outbox.OutboxEntry;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Pushes a completed study to the FHIR server: gathers it, builds the transaction bundle, posts it. Used
 * by `brrr sync fhir` directly and by the outbox for the "fhir" destination.
 */
public final class FhirPush implements Delivery {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(int bundleEntries, int httpStatus, List<String> status, String error) {
    }

    private final StudyLoader loader;
    private final FhirBundle bundles;
    private final Supplier<java.util.Optional<FhirEndpoint>> endpoint;
    private final OkHttpClient http;
    private final Clock clock;
    private final String performer;

    public FhirPush(StudyLoader loader, FhirBundle bundles, Supplier<java.util.Optional<FhirEndpoint>> endpoint, OkHttpClient http,
                    Clock clock, String performer) {
        this.loader = loader;
        this.bundles = bundles;
        this.endpoint = endpoint;
        this.http = http;
        this.clock = clock;
        this.performer = performer;
    }

    public ObjectNode bundle(long recordingId) {
        return bundles.build(loader.load(recordingId, performer));
    }

    public Result push(long recordingId, FhirEndpoint to) throws IOException {
        ObjectNode b = bundle(recordingId);
        FhirClient.TransactionResult r = new FhirClient(http, to, clock).transaction(b);
        return new Result(b.get("entry").size(), r.httpStatus(), r.entryStatuses(), r.error());
    }

    @Override
    public Attempt deliver(OutboxEntry e) {
        var to = endpoint.get();
        if (to.isEmpty()) return Attempt.retry("no FHIR server configured");
        long recordingId;
        try {
            JsonNode p = JSON.readTree(e.payload());
            if (!p.hasNonNull("recording_id")) return Attempt.dead(e.eventType() + " names no recording_id: nothing to send");
            recordingId = p.get("recording_id").asLong();
        } catch (IOException ex) {
            return Attempt.dead("payload is not JSON: " + ex.getMessage());
        }
        try {
            Result r = push(recordingId, to.get());
            if (r.httpStatus() >= 200 && r.httpStatus() < 300) return Attempt.delivered("HTTP " + r.httpStatus() + " " + r.status());
            return Attempt.retry(r.error());
        } catch (ServiceException refused) {
            return Attempt.dead(refused.getMessage());     // e.g. the recording has no patient: retrying cannot help
        } catch (IOException io) {
            return Attempt.retry("cannot reach the FHIR server " + to.get().baseUrl() + ": " + io.getMessage());
        }
    }
}
