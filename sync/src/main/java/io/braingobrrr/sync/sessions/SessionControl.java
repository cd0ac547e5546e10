package io.braingobrrr.sync.sessions;

import java.util.List;

/**
 * Recording sessions as the API drives them. sync may not depend on acquisition, so the application implements
 * this with acquisition's RecordingSession and devices and `brrr serve` hands it over. Implementations refuse
 * with the core service exceptions: NotFoundException (unknown session), ConflictException (a transition the
 * session's state does not allow, a device that cannot start), InvalidInputException (a bad device request).
 * Permissions and audit are {@link SessionService}'s business, not the implementation's.
 */
public interface SessionControl {
    /** A kind of amplifier the workstation knows; {@code needs} lists the request fields it requires (e.g. port). */
    record DeviceType(String name, String description, List<String> needs) {
    }

    /** A serial port that an amplifier could be on, and whether it looks like an OpenBCI dongle. */
    record Port(String path, String description, boolean openBciDongle) {
    }

    /**
     * @param channels    channels of the simulated amplifier (null: its default)
     * @param sampleRateHz sample rate of the simulated amplifier (null: its default)
     */
    record Request(String device, String port, Integer channels, Double sampleRateHz, Long patientId) {
    }

    /**
     * @param state created, recording, paused, reconnecting, stopped or failed
     * @param recordingId the stored recording, once started
     */
    record Session(long id, String device, String state, Long recordingId, Long patientId, double elapsedS, long samples,
                   long droppedSamples, String alarm) {
    }

    List<DeviceType> deviceTypes();

    List<Port> ports();

    /** A session for a device, not yet recording. */
    Session create(Request request);

    /** Opens the device and starts storing samples as a new recording. */
    Session start(long id);

    Session pause(long id);

    Session resume(long id);

    /** Stops the device and finalises the recording. */
    Session stop(long id);

    Session get(long id);

    List<Session> list();
}
