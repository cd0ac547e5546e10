package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.io.RecordingReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging rules and montage refusal, without a scene (JavaFX properties need no toolkit). */
class TraceViewModelTest {
    @Test
    void pagingStaysInsideTheRecordingAndAnUnusableMontageIsRefused() throws Exception {
        try (TraceViewModel vm = new TraceViewModel("gen", RecordingReader.open(
                SharedData.file("format/mne-testing-data/test_generator_2.edf")))) {     // 600 s, 11 signals
            vm.resize(800, 400);
            int frames = vm.frameProperty().get();
            vm.nextPage();
            assertEquals(10, vm.pageStartProperty().get(), 1e-9);
            assertTrue(vm.frameProperty().get() > frames, "a page flip renders a frame");
            vm.nextHalfPage();
            assertEquals(15, vm.pageStartProperty().get(), 1e-9);
            vm.goTo(1000);
            assertEquals(590, vm.pageStartProperty().get(), 1e-9);         // last full page
            vm.pageSecondsProperty().set(30.0);
            assertEquals(570, vm.pageStartProperty().get(), 1e-9);
            vm.step(-1);
            assertEquals(569, vm.pageStartProperty().get(), 1e-9);
            vm.goTo(-5);
            assertEquals(0, vm.pageStartProperty().get(), 1e-9);
            assertTrue(vm.timeProperty().get().contains("12:44:02"), vm.timeProperty().get());

            vm.montageProperty().set("double-banana");                    // no 10-20 electrodes in this file
            assertTrue(vm.messageProperty().get().contains("no derivation"), vm.messageProperty().get());
            assertEquals(11, vm.channelLabels().size(), "the previous montage stays");
        }
    }
}
