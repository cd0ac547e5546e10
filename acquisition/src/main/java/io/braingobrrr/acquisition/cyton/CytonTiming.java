package io.braingobrrr.acquisition.cyton;

/**
 * How long the driver waits: for the soft reset's "$$$", for other commands' "$$$" (a board or clone that
 * never sends it costs this much per command and is otherwise accepted), for the line to go quiet after
 * 's', and for data while streaming before it calls the board disconnected.
 */
public record CytonTiming(int handshakeMs, int commandMs, int settleMs, int silenceMs) {
    public static final CytonTiming DEFAULT = new CytonTiming(3000, 500, 100, 1000);
}
