package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceInfo;
import io.braingobrrr.core.recording.SignalInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * How a device's stream is cut into data records. Records are the unit that reaches the database, so they
 * are short (the shortest of 0.1, 0.2, 0.25, 0.5, 1 s holding a whole number of samples): a crash then
 * loses at most the flush interval plus one short record.
 */
public record RecordLayout(double recordSeconds, int samplesPerRecord, List<SignalInfo> signals) {
    private static final double[] CANDIDATES = {0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10};

    public static RecordLayout of(Device device) {
        DeviceInfo info = device.info();
        double rate = info.sampleRateHz();
        double seconds = 0;
        int spr = 0;
        for (double d : CANDIDATES) {
            double n = rate * d;
            if (Math.abs(n - Math.rint(n)) < 1e-9 && n >= 1) {
                seconds = d;
                spr = (int) Math.rint(n);
                break;
            }
        }
        if (spr == 0) throw new IllegalArgumentException(info.name() + ": a sample rate of " + rate
                + " Hz gives no whole number of samples in a record of up to 10 s");
        List<SignalInfo> signals = new ArrayList<>();
        List<SignalInfo> headers = device.channelHeaders();
        for (int ch = 0; ch < info.channelCount(); ch++) {
            if (!headers.isEmpty()) {
                SignalInfo h = headers.get(ch);
                signals.add(SignalInfo.of(h.label(), h.transducer(), h.physicalDimension(), h.physicalMin(),
                        h.physicalMax(), h.digitalMin(), h.digitalMax(), h.prefilter(), spr, rate));
            } else {
                String label = info.labels().get(ch);
                signals.add(SignalInfo.of("EEG " + label, "AgAgCl electrode", "uV", info.physicalMinUv(),
                        info.physicalMaxUv(), info.digitalMin(), info.digitalMax(), "", spr, rate));
            }
        }
        return new RecordLayout(seconds, spr, List.copyOf(signals));
    }
}
