package io.braingobrrr.sync.outbox;

import java.io.IOException;
import java.util.List;

/** Lets tests in other packages use the package-private test receiver. */
public final class OutboxTestAccess {
    private OutboxTestAccess() {
    }

    public interface Receiver extends AutoCloseable {
        String url();

        @Override
        void close();
    }

    public static Receiver receiver() throws IOException {
        TestReceiver r = new TestReceiver(n -> 204);
        return new Holder(r);
    }

    public static void secrets(Receiver r, List<String> secrets) {
        ((Holder) r).r.secrets(secrets);
    }

    public static long validDeliveries(Receiver r) {
        return ((Holder) r).r.calls.stream().filter(TestReceiver.Call::signatureValid).count();
    }

    private record Holder(TestReceiver r) implements Receiver {
        @Override
        public String url() {
            return r.url();
        }

        @Override
        public void close() {
            r.close();
        }
    }
}
