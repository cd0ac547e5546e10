package io.braingobrrr.app.recording;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static io.braingobrrr.app.recording.RecordingState.CHECK;
import static io.braingobrrr.app.recording.RecordingState.PAUSED;
import static io.braingobrrr.app.recording.RecordingState.RECORDING;
import static io.braingobrrr.app.recording.RecordingState.SETUP;
import static io.braingobrrr.app.recording.RecordingState.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

class RecordingStateTest {
    private static Set<RecordingState> next(RecordingState from) {
        Set<RecordingState> out = EnumSet.noneOf(RecordingState.class);
        for (RecordingState s : RecordingState.values()) if (from.canMoveTo(s)) out.add(s);
        return out;
    }

    @Test
    void noStepCanBeSkippedAndStoppedIsFinal() {
        assertThat(next(SETUP)).containsExactly(CHECK);                  // never straight to recording
        assertThat(next(CHECK)).containsExactlyInAnyOrder(SETUP, RECORDING);
        assertThat(next(RECORDING)).containsExactlyInAnyOrder(PAUSED, STOPPED);
        assertThat(next(PAUSED)).containsExactlyInAnyOrder(RECORDING, STOPPED);
        assertThat(next(STOPPED)).isEmpty();
        assertThat(EnumSet.of(CHECK, RECORDING, PAUSED)).allMatch(RecordingState::live);
        assertThat(SETUP.live() || STOPPED.live()).isFalse();
    }
}
