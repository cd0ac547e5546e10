package io.braingobrrr.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.core.store.StoredRecording;
import io.braingobrrr.sync.analyses.ResultImageRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Result pictures for the API, drawn offscreen: the first page of the analysed recording by the trace
 * viewer's own renderer (double banana when the electrodes allow it), the hypnogram of a sleep result and
 * the power spectra of a spectral result ({@link Charts}).
 */
final class ResultImages implements ResultImageRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordingStore recordings;

    ResultImages(Database db) {
        this.recordings = new RecordingStore(db);
    }

    @Override
    public byte[] render(Kind kind, ResultStore.StoredResult result, int width, int height) {
        return switch (kind) {
            case EEG_MONTAGE -> montage(result.recordingId(), width, height);
            case HYPNOGRAM -> Charts.hypnogram(payload(result, "sleep", kind), width, height);
            case POWER_SPECTRUM -> Charts.spectra(payload(result, "spectral", kind), width, height);
        };
    }

    private byte[] montage(long recordingId, int width, int height) {
        try (StoredRecording r = recordings.open(recordingId)) {
            PageLoader loader = new PageLoader(r, montageFor(r));
            if (loader.labels().isEmpty()) loader = new PageLoader(r, StandardMontages.asRecorded(r.signals()));
            DisplaySettings settings = DisplaySettings.defaults();
            PageImage image = new PageImage(width, height);
            image.draw(loader.load(0, Math.min(settings.pageSeconds(), Math.max(r.durationSeconds(), 1))), settings);
            return image.png();
        }
    }

    private static Montage montageFor(StoredRecording r) {
        try {
            return StandardMontages.forName(StandardMontages.DOUBLE_BANANA, r.signals());
        } catch (IllegalArgumentException e) {
            return StandardMontages.asRecorded(r.signals());
        }
    }

    private static JsonNode payload(ResultStore.StoredResult r, String needed, Kind kind) {
        if (!needed.equals(r.kind()) || r.payload() == null) {
            throw new ConflictException("result " + r.id() + " is a " + r.kind() + " result; a " + kind.name().toLowerCase()
                    + " is drawn from a " + needed + " result of the same analysis");
        }
        try {
            return JSON.readTree(r.payload());
        } catch (IOException e) {
            throw new UncheckedIOException("result " + r.id() + " holds invalid JSON", e);
        }
    }
}
