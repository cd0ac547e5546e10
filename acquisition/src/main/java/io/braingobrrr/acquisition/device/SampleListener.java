package io.braingobrrr.acquisition.device;

/** Receives a device's stream on the device's own reading thread: return quickly. */
public interface SampleListener {
    void onBlock(SampleBlock block);

    /** The device stopped delivering (cable pulled, port gone, no data for too long). */
    void onDisconnected(String reason);
}
