package io.braingobrrr.sync.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts and durations per route and status, as Prometheus text (format 0.0.4). */
final class Metrics {
    private static final double[] BUCKETS_S = {0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5};

    private record Key(String method, String route, int status) {
    }

    private static final class Series {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS_S.length];

        Series() {
            for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
        }
    }

    private final Map<Key, Series> series = new ConcurrentHashMap<>();
    private final long startMillis = System.currentTimeMillis();

    void record(String method, String route, int status, long nanos) {
        Series s = series.computeIfAbsent(new Key(method, route, status), k -> new Series());
        s.count.increment();
        s.nanos.add(nanos);
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS_S.length; i++) if (seconds <= BUCKETS_S[i]) s.buckets[i].increment();
    }

    long uptimeSeconds() {
        return (System.currentTimeMillis() - startMillis) / 1000;
    }

    String prometheus() {
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP brrr_http_requests_total HTTP requests answered.\n# TYPE brrr_http_requests_total counter\n");
        Map<String, Series> sorted = new TreeMap<>();
        series.forEach((k, v) -> sorted.put(labels(k), v));
        sorted.forEach((l, s) -> sb.append("brrr_http_requests_total{").append(l).append("} ").append(s.count.sum()).append('\n'));
        sb.append("# HELP brrr_http_request_duration_seconds Time to answer.\n# TYPE brrr_http_request_duration_seconds histogram\n");
        sorted.forEach((l, s) -> {
            for (int i = 0; i < BUCKETS_S.length; i++) {
                sb.append("brrr_http_request_duration_seconds_bucket{").append(l).append(",le=\"").append(BUCKETS_S[i])
                        .append("\"} ").append(s.buckets[i].sum()).append('\n');
            }
            sb.append("brrr_http_request_duration_seconds_bucket{").append(l).append(",le=\"+Inf\"} ").append(s.count.sum()).append('\n');
            sb.append("brrr_http_request_duration_seconds_sum{").append(l).append("} ").append(s.nanos.sum() / 1e9).append('\n');
            sb.append("brrr_http_request_duration_seconds_count{").append(l).append("} ").append(s.count.sum()).append('\n');
        });
        sb.append("# HELP brrr_uptime_seconds Seconds since the API started.\n# TYPE brrr_uptime_seconds gauge\n");
        sb.append("brrr_uptime_seconds ").append(uptimeSeconds()).append('\n');
        return sb.toString();
    }

    private static String labels(Key k) {
        return "method=\"" + k.method() + "\",route=\"" + k.route().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",status=\"" + k.status() + "\"";
    }
}
