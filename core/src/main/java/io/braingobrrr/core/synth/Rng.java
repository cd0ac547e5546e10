package io.braingobrrr.core.synth;

/**
 * xorshift64* generator: a few operations per number, reproducible from a seed, and one instance per
 * noise source so that output does not depend on how callers cut the stream into blocks.
 */
final class Rng {
    private long state;

    /** Seeds through SplitMix64 so nearby seeds (1, 2, 3) give unrelated streams. */
    Rng(long seed, long stream) {
        long z = seed + stream * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        state = z == 0 ? 0x9E3779B97F4A7C15L : z;
    }

    long nextLong() {
        long x = state;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        state = x;
        return x * 0x2545F4914F6CDD1DL;
    }

    /** Uniform in [0, 1). */
    double nextUnit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [-sqrt 3, sqrt 3): zero mean, unit variance; filtering makes the sums Gaussian enough. */
    double nextWhite() {
        return ((nextLong() >>> 11) * 0x1.0p-52 - 1.0) * 1.7320508075688772;
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextUnit();
    }
}
