package io.braingobrrr.sync.analyses;

import io.braingobrrr.core.store.ResultStore;

/**
 * Draws a result as a PNG. The workstation implements it with its offscreen trace renderer (app.viewer.render)
 * and `brrr serve` hands it to the API; sync itself knows no drawing code, so without one the API answers 501.
 */
public interface ResultImageRenderer {
    /** The visualisations the API offers. */
    enum Kind { EEG_MONTAGE, HYPNOGRAM, POWER_SPECTRUM }

    /**
     * PNG bytes of {@code kind} for {@code result} (of recording {@code result.recordingId()}).
     *
     * @throws io.braingobrrr.core.service.ConflictException when this result holds nothing to draw as {@code kind}
     *         (e.g. a hypnogram of a quality result)
     */
    byte[] render(Kind kind, ResultStore.StoredResult result, int width, int height);
}
