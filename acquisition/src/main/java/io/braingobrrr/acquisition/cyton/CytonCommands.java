package io.braingobrrr.acquisition.cyton;

/**
 * The Cyton SDK's one-character commands. Channels 1-8 are the board's, 9-16 the Daisy's; each command
 * family spells channel numbers with its own characters.
 */
public final class CytonCommands {
    public static final char SOFT_RESET = 'v';
    public static final char DEFAULTS = 'd';
    public static final char START = 'b';
    public static final char STOP = 's';
    /** Gains by the code sent in a channel-settings command ('0'..'6'). */
    static final int[] GAINS = {1, 2, 4, 6, 8, 12, 24};
    public static final int DEFAULT_GAIN = 24;
    /** Sample rates by the code of the '~' command ('0'..'6'). */
    static final int[] RATES = {16000, 8000, 4000, 2000, 1000, 500, 250};

    private static final String CHANNEL_IDS = "12345678QWERTYUI";
    private static final String OFF = "12345678qwertyui";
    private static final String ON = "!@#$%^&*QWERTYUI";

    private CytonCommands() {
    }

    /** The character naming channel {@code channel} (1-16) in x...X and z...Z commands. */
    static char channelId(int channel) {
        checkChannel(channel);
        return CHANNEL_IDS.charAt(channel - 1);
    }

    static String channelOn(int channel, boolean on) {
        checkChannel(channel);
        return String.valueOf((on ? ON : OFF).charAt(channel - 1));
    }

    static int gainCode(int gain) {
        for (int i = 0; i < GAINS.length; i++) if (GAINS[i] == gain) return i;
        throw new IllegalArgumentException("gain must be one of 1, 2, 4, 6, 8, 12, 24, not " + gain);
    }

    static int rateCode(int rateHz) {
        for (int i = 0; i < RATES.length; i++) if (RATES[i] == rateHz) return i;
        throw new IllegalArgumentException("sample rate must be one of 250, 500, 1000, 2000, 4000, 8000, 16000 Hz, not " + rateHz);
    }

    /**
     * x CHANNEL POWER_DOWN GAIN INPUT_TYPE BIAS SRB2 SRB1 X; input type 0 = normal electrode input.
     */
    static String channelSettings(int channel, boolean powerDown, int gain, int inputType, boolean bias, boolean srb2,
                                  boolean srb1) {
        if (inputType < 0 || inputType > 7) throw new IllegalArgumentException("input type must be 0..7, not " + inputType);
        return "x" + channelId(channel) + bit(powerDown) + gainCode(gain) + inputType + bit(bias) + bit(srb2) + bit(srb1) + "X";
    }

    /** z CHANNEL PCHAN NCHAN Z: inject the lead-off test current on the P and/or N input. */
    static String leadOff(int channel, boolean p, boolean n) {
        return "z" + channelId(channel) + bit(p) + bit(n) + "Z";
    }

    static String sampleRate(int rateHz) {
        return "~" + rateCode(rateHz);
    }

    private static char bit(boolean b) {
        return b ? '1' : '0';
    }

    private static void checkChannel(int channel) {
        if (channel < 1 || channel > 16) throw new IllegalArgumentException("channel must be 1..16, not " + channel);
    }
}
