package io.braingobrrr.acquisition.cyton;

import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Keeps every block and the disconnect reason, and lets a test wait for a number of samples. */
final class Collector implements SampleListener {
    final List<SampleBlock> blocks = new ArrayList<>();
    volatile String disconnect;
    private final CountDownLatch disconnected = new CountDownLatch(1);

    @Override
    public synchronized void onBlock(SampleBlock block) {
        blocks.add(block);
        notifyAll();
    }

    @Override
    public void onDisconnected(String reason) {
        disconnect = reason;
        disconnected.countDown();
    }

    synchronized long samples() {
        long n = 0;
        for (SampleBlock b : blocks) n += b.count();
        return n;
    }

    synchronized void awaitSamples(long n, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (samples() < n) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) throw new AssertionError("only " + samples() + " of " + n + " samples arrived" + (disconnect == null ? "" : " (" + disconnect + ")"));
            wait(left);
        }
    }

    boolean awaitDisconnect(long timeoutMs) throws InterruptedException {
        return disconnected.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** Sample index -> value of channel (1-based), over all blocks. */
    synchronized java.util.Map<Long, Integer> channel(int channel) {
        java.util.Map<Long, Integer> out = new java.util.TreeMap<>();
        for (SampleBlock b : blocks) {
            for (int i = 0; i < b.count(); i++) out.put(b.firstSample() + i, b.value(i, channel - 1));
        }
        return out;
    }
}
