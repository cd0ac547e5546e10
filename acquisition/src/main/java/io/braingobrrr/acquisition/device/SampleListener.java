package io.braingobrrr.acquisition.device;

/** Receives a device's stream on the device's own reading thread: return quickly. */
public interface SampleListener {
    void onBlock(SampleBlock block);

    /** The source has no more samples (end of a played-back file): not a fault, nothing to reconnect. */
    default void onEnd() {
    }

    /** The device stopped delivering (cable pulled, port gone, no data for too long). */
    void onDisconnected(String reason);
}
