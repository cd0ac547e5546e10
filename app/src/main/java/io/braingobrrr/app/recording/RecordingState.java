package io.braingobrrr.app.recording;

import java.util.Set;

/**
 * The steps of a recording session, in order: choose patient and device, check signal quality and
 * impedances while the device streams without storing, record (and pause/resume), stopped and finalised.
 * Each state lists the states it may move to, so no button can skip a step.
 */
public enum RecordingState {
    SETUP, CHECK, RECORDING, PAUSED, STOPPED;

    public boolean canMoveTo(RecordingState next) {
        return switch (this) {
            case SETUP -> next == CHECK;
            case CHECK -> Set.of(SETUP, RECORDING).contains(next);
            case RECORDING -> Set.of(PAUSED, STOPPED).contains(next);
            case PAUSED -> Set.of(RECORDING, STOPPED).contains(next);
            case STOPPED -> false;
        };
    }

    /** Whether the device streams (live traces and quality lights are shown). */
    public boolean live() {
        return this == CHECK || this == RECORDING || this == PAUSED;
    }
}
