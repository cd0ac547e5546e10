package io.braingobrrr.sync.outbox;

import io.braingobrrr.core.outbox.Outbox;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.webhook.WebhookSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real receivers on 127.0.0.1 that fail, hang, refuse and vanish for days of simulated time. */
class OutboxDeliveryTest {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final RetryPolicy POLICY = new RetryPolicy(1000, Duration.ofDays(7), Duration.ofSeconds(1), Duration.ofHours(1),
            Duration.ofSeconds(30), Duration.ofMillis(400));

    @TempDir
    Path dir;

    static List<String> record(Database db, String type, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) ids.add(Outbox.record(c, type, "recording:" + i, "{\"recording_id\":" + i + "}"));
            c.commit();
            c.setAutoCommit(true);
        }
        return ids;
    }

    /** Steps the engine; when nothing is due, jumps the clock to the next due time. Stops when nothing is pending. */
    static void runUntilIdle(SyncServices s, MutableClock clock, Runnable eachRound) {
        for (int round = 0; round < 100_000; round++) {
            eachRound.run();
            if (s.engine().step() > 0) continue;
            var due = s.queue().nextDue();
            if (due.isEmpty()) return;
            if (due.get().isAfter(clock.instant())) clock.set(due.get());
        }
        throw new AssertionError("the queue never drained");
    }

    @Test
    void failuresTimeoutsAndALongOutageEndWithEveryEventDeliveredOnceInOrder() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        MutableClock clock = new MutableClock(T0);
        SyncServices s = new SyncServices(db, POLICY, clock);
        // A: 3 x 503, then 400, then a hang past the client timeout, then a 429, then fine.
        try (TestReceiver a = new TestReceiver(n -> switch (n) {
            case 1, 2, 3 -> 503;
            case 4 -> 400;
            case 5 -> -1500;
            case 6 -> 429;
            default -> n > 7 && n % 7 == 0 ? 500 : 204;
        }); TestReceiver b = new TestReceiver(n -> 200)) {
            WebhookSubscription sa = s.webhooks().create(a.url(), "A", List.of());
            WebhookSubscription sb = s.webhooks().create(b.url(), "B", List.of("recording.finalised"));
            a.secrets(sa.secrets());
            b.secrets(sb.secrets());
            List<String> ids = record(db, "recording.finalised", 40);
            record(db, "patient.updated", 5);      // A takes every type, B filters these out
            b.goDown();
            Instant backAt = T0.plus(Duration.ofDays(3));
            boolean[] up = {false};
            runUntilIdle(s, clock, () -> {
                if (!up[0] && !clock.instant().isBefore(backAt)) {
                    try {
                        b.comeBack();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    up[0] = true;
                }
            });
            assertTrue(up[0], "the outage lasted the whole simulated three days");

            assertEquals(45, new LinkedHashSet<>(a.deliveredIds()).size());
            assertEquals(ids, a.deliveredIds().subList(0, 40), "A got the recordings in the order they were recorded");
            assertEquals(ids, b.deliveredIds(), "B got exactly its filtered events, in order, after the outage");
            assertTrue(a.calls.stream().allMatch(TestReceiver.Call::signatureValid), "every attempt to A is signed");
            assertTrue(b.calls.stream().allMatch(TestReceiver.Call::signatureValid), "every attempt to B is signed");
            // The first event was attempted 7 times (503 x3, 400, hang, 429, ok): same id, a fresh timestamp each time.
            List<TestReceiver.Call> first = a.byArrival().stream().filter(c -> c.id().equals(ids.get(0))).toList();
            assertEquals(7, first.size(), first.toString());
            // Timestamps are whole seconds, so two quick retries may share one; they never go back and do move on.
            for (int i = 1; i < first.size(); i++) assertTrue(first.get(i).timestamp() >= first.get(i - 1).timestamp());
            assertTrue(first.get(6).timestamp() > first.get(0).timestamp(), first.toString());
            assertTrue(b.calls.get(0).timestamp() >= backAt.getEpochSecond(), "B first heard of it once back");
            Map<String, DestinationSummary> sum = s.queue().summary().stream()
                    .collect(Collectors.toMap(DestinationSummary::name, x -> x));
            assertEquals(new DestinationSummary(sa.destination(), 0, 45, 0, false), sum.get(sa.destination()));
            assertEquals(new DestinationSummary(sb.destination(), 0, 40, 0, false), sum.get(sb.destination()));
            assertTrue(b.calls.get(0).body().contains("\"type\":\"recording.finalised\""), b.calls.get(0).body());
        }
    }

    @Test
    void maxAttemptsDeadLettersThenManualRetryAndRedeliverSendTheSameId() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        MutableClock clock = new MutableClock(T0);
        RetryPolicy three = new RetryPolicy(3, Duration.ofDays(7), Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofSeconds(30), Duration.ofMillis(400));
        SyncServices s = new SyncServices(db, three, clock);
        try (TestReceiver r = new TestReceiver(n -> 500)) {
            WebhookSubscription sub = s.webhooks().create(r.url(), null, List.of());
            r.secrets(sub.secrets());
            List<String> ids = record(db, "analysis.completed", 2);
            runUntilIdle(s, clock, () -> { });
            List<OutboxEntry> rows = s.queue().list(null, sub.destination(), 1, 10).items();
            assertEquals(List.of("dead", "dead"), rows.stream().map(OutboxEntry::status).toList());
            assertEquals(3, rows.get(0).attempts());
            assertTrue(rows.get(0).lastError().contains("HTTP 500") && rows.get(0).lastError().contains("3 attempts"),
                    rows.get(0).lastError());
            assertEquals(6, r.calls.size(), "3 attempts each, then no more");

            r.behaviour(n -> 200);
            s.queue().retry(rows.get(1).id(), clock.instant());
            runUntilIdle(s, clock, () -> { });
            assertEquals(List.of(ids.get(1)), r.deliveredIds());
            s.queue().redeliver(rows.get(1).id(), clock.instant());
            runUntilIdle(s, clock, () -> { });
            assertEquals(List.of(ids.get(1), ids.get(1)), r.deliveredIds(), "a redelivery keeps the event id");
            assertEquals("dead", s.queue().find(rows.get(0).id()).orElseThrow().status());
        }
    }

    @Test
    void maxAgeDeadLettersAnEventThatNeverGetsThrough() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        MutableClock clock = new MutableClock(T0);
        RetryPolicy day = new RetryPolicy(1_000_000, Duration.ofDays(1), Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ofSeconds(30), Duration.ofMillis(400));
        SyncServices s = new SyncServices(db, day, clock);
        try (TestReceiver r = new TestReceiver(n -> 503)) {
            WebhookSubscription sub = s.webhooks().create(r.url(), null, List.of());
            record(db, "analysis.completed", 1);
            runUntilIdle(s, clock, () -> { });
            OutboxEntry e = s.queue().list("dead", null, 1, 10).items().get(0);
            assertTrue(e.lastError().contains("gave up after 24 h"), e.lastError());
            assertTrue(!clock.instant().isBefore(T0.plus(Duration.ofDays(1))));
            assertTrue(e.attempts() < 150, "backoff spaced the attempts out (1 s apart would be 86400): " + e.attempts());
            assertEquals(sub.destination(), e.destination());
        }
    }

    @Test
    void goneDisablesTheSubscriptionAndPauseHoldsDeliveryUntilResumed() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        MutableClock clock = new MutableClock(T0);
        SyncServices s = new SyncServices(db, POLICY, clock);
        try (TestReceiver gone = new TestReceiver(n -> 410); TestReceiver ok = new TestReceiver(n -> 200)) {
            WebhookSubscription g = s.webhooks().create(gone.url(), null, List.of());
            WebhookSubscription o = s.webhooks().create(ok.url(), null, List.of());
            ok.secrets(o.secrets());
            s.queue().setPaused(o.destination(), true, clock.instant());
            record(db, "report.signed", 3);
            runUntilIdle(s, clock, () -> { });
            assertEquals(1, gone.calls.size(), "after a 410 nothing more is sent");
            assertFalse(s.webhooks().get(g.id()).active());
            assertTrue(s.webhooks().get(g.id()).disabledReason().contains("410"));
            assertEquals(0, ok.calls.size(), "paused: nothing sent");
            assertEquals(3, s.queue().summary().stream().filter(x -> x.name().equals(o.destination())).findFirst().orElseThrow().pending());
            s.queue().setPaused(o.destination(), false, clock.instant());
            runUntilIdle(s, clock, () -> { });
            assertEquals(3, ok.deliveredIds().size());
        }
    }

    @Test
    void duringARotationEveryDeliveryCarriesOneSignaturePerActiveSecret() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        MutableClock clock = new MutableClock(T0);
        SyncServices s = new SyncServices(db, POLICY, clock);
        try (TestReceiver r = new TestReceiver(n -> 200)) {
            WebhookSubscription sub = s.webhooks().create(r.url(), null, List.of());
            String second = s.webhooks().rotateSecret(sub.id(), Duration.ofHours(24), clock.instant());
            assertNotEquals(sub.secrets().get(0), second);
            r.secrets(List.of(sub.secrets().get(0), second));
            record(db, "report.signed", 1);
            runUntilIdle(s, clock, () -> { });
            assertEquals(2, r.calls.get(0).signature().split(" ").length);
            assertTrue(r.calls.get(0).signatureValid());
            // After the overlap only the new secret signs; a receiver holding only the old one would reject it.
            clock.advance(Duration.ofHours(25));
            r.secrets(List.of(second));
            record(db, "report.signed", 1);
            runUntilIdle(s, clock, () -> { });
            assertEquals(1, r.calls.get(1).signature().split(" ").length);
            assertTrue(r.calls.get(1).signatureValid());
            r.secrets(List.of(sub.secrets().get(0)));
            assertFalse(r.verify(r.calls.get(1).id(), Long.toString(r.calls.get(1).timestamp()), r.calls.get(1).body(),
                    r.calls.get(1).signature()), "the independent verifier rejects a signature by another secret");
        }
    }
}
