package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.core.recording.Patient;

import java.nio.file.Path;

/**
 * What the setup step chose.
 *
 * @param patient  an existing patient, or null for a new one from {@code newMrn} and {@code newName}
 * @param port     serial port path (Cyton), typed or picked from the discovered ports
 * @param file     EDF/BDF file to replay (playback)
 * @param channels channels of the simulated amplifier
 * @param rateHz   sample rate of the simulated amplifier
 * @param sleep    whether the simulated amplifier adds sleep-like patterns
 */
public record RecordingSetup(Patient patient, String newMrn, String newName, DeviceChoice device, String port, Path file,
                             int channels, double rateHz, boolean sleep) {
    /** What is missing before the device can be opened, or null when nothing is. */
    public String problem() {
        if (patient == null && (newMrn == null || newMrn.isBlank())) return "Choose a patient or enter a new patient's MRN";
        if (device == null) return "Choose a device";
        if ((device == DeviceChoice.CYTON || device == DeviceChoice.CYTON_DAISY) && (port == null || port.isBlank())) {
            return "Choose the dongle's serial port or type its path";
        }
        if (device == DeviceChoice.PLAYBACK && file == null) return "Choose the EDF/BDF file to play back";
        return null;
    }
}
