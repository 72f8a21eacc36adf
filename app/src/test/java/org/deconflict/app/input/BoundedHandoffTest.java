package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BoundedHandoffTest {

    @Test
    void aSlowConsumerNeverHoldsTheProducerLongerThanTheLimitAndShedItemsAreCounted() throws Exception {
        List<String> warnings = new ArrayList<>();
        Duration limit = Duration.ofMillis(20);
        BoundedHandoff<Integer> q = new BoundedHandoff<>("test", 64, limit,
                BoundedHandoff.Overflow.DROP_NEWEST, Duration.ofSeconds(60), warnings::add, System::nanoTime);
        AtomicInteger consumed = new AtomicInteger();
        AtomicBoolean slow = new AtomicBoolean(true);
        AtomicInteger lastSeen = new AtomicInteger(-1);
        AtomicLong outOfOrder = new AtomicLong();
        Thread consumer = new Thread(() -> {
            try {
                for (Integer item; (item = q.take()) != null; ) {
                    if (item <= lastSeen.getAndSet(item)) {
                        outOfOrder.incrementAndGet();
                    }
                    consumed.incrementAndGet();
                    if (slow.get()) {
                        Thread.sleep(50); // slower than the offer limit: most waits end in a shed
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "test-consumer");
        consumer.start();

        int offered = 150;
        long worstOfferNanos = 0;
        int queued = 0;
        for (int i = 0; i < offered; i++) {
            long t0 = System.nanoTime();
            if (q.offer(i)) {
                queued++;
            }
            worstOfferNanos = Math.max(worstOfferNanos, System.nanoTime() - t0);
            assertThat(q.stats().size()).isLessThanOrEqualTo(64);
        }
        slow.set(false);
        q.close();
        consumer.join(5000);

        BoundedHandoff.Stats s = q.stats();
        // a full queue makes the producer wait its limit, then shed; never more (slack for a loaded machine)
        assertThat(worstOfferNanos).as("longest offer").isBetween(limit.toNanos(), limit.toNanos() + 480_000_000L);
        assertThat(s.offered()).isEqualTo(offered);
        assertThat(s.shed()).isPositive().isEqualTo(offered - queued);
        assertThat(s.accepted()).isEqualTo(queued);
        assertThat(s.taken()).isEqualTo(queued).isEqualTo(consumed.get()); // close() let the consumer drain
        assertThat(s.highWater()).isEqualTo(64);
        assertThat(s.size()).isZero();
        assertThat(q.isDrained()).isTrue();
        assertThat(outOfOrder.get()).isZero();
        // the first shed is said at once; the rest, within the 60 s interval, is said when the handoff closes
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("handoff 'test' full (capacity 64, consumer too slow): shed 1 items");
        assertThat(warnings.get(1)).contains("shed " + (s.shed() - 1) + " items in the last", s.shed() + " in all");
    }

    @Test
    void dropOldestKeepsTheFreshestItems() {
        BoundedHandoff<Integer> q = new BoundedHandoff<>("live", 4, Duration.ZERO,
                BoundedHandoff.Overflow.DROP_OLDEST, Duration.ofSeconds(1), w -> { }, System::nanoTime);
        for (int i = 0; i < 10; i++) {
            assertThat(q.offer(i)).isTrue();
        }
        List<Integer> out = new ArrayList<>();
        assertThat(q.drainTo(out, 100)).isEqualTo(4);
        assertThat(out).containsExactly(6, 7, 8, 9);
        BoundedHandoff.Stats s = q.stats();
        assertThat(s.shed()).isEqualTo(6);
        assertThat(s.offered()).isEqualTo(s.taken() + s.size() + s.shed());
    }

    @Test
    void warningsAreRateLimitedAndSumTheLosses() {
        AtomicLong now = new AtomicLong();
        List<String> warnings = new ArrayList<>();
        BoundedHandoff<String> q = new BoundedHandoff<>("engine", 1, Duration.ZERO,
                BoundedHandoff.Overflow.DROP_NEWEST, Duration.ofSeconds(10), warnings::add, now::get);
        assertThat(q.offer("kept")).isTrue();
        for (int second = 0; second < 30; second++) {
            now.set(second * 1_000_000_000L);
            for (int k = 0; k < 100; k++) {
                assertThat(q.offer("x")).isFalse();
            }
        }
        // t = 0 s (first loss), 10 s, 20 s
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).contains("shed 1 items, 1 in all");
        assertThat(warnings.get(1)).contains("shed 1000 items in the last 10.0 s, 1001 in all");
        assertThat(warnings.get(2)).contains("shed 1000 items in the last 10.0 s, 2001 in all");
        q.close();
        assertThat(warnings).hasSize(4);
        assertThat(warnings.get(3)).contains("shed 999 items", "3000 in all");
        assertThat(q.stats().shed()).isEqualTo(3000);
    }

    @Test
    void closeWakesAWaitingProducerAndRefusesFurtherOffers() throws Exception {
        BoundedHandoff<Integer> q = new BoundedHandoff<>("closing", 1, Duration.ofSeconds(30),
                BoundedHandoff.Overflow.DROP_NEWEST, Duration.ofSeconds(1), w -> { }, System::nanoTime);
        assertThat(q.offer(1)).isTrue();
        AtomicLong blockedNanos = new AtomicLong();
        Thread producer = new Thread(() -> {
            long t0 = System.nanoTime();
            q.offer(2); // full: waits until close
            blockedNanos.set(System.nanoTime() - t0);
        });
        producer.start();
        Thread.sleep(100);
        q.close();
        producer.join(2000);
        assertThat(producer.isAlive()).isFalse();
        assertThat(blockedNanos.get()).isLessThan(Duration.ofSeconds(5).toNanos());
        assertThat(q.offer(3)).isFalse();
        assertThat(q.poll(Duration.ofMillis(10))).isEqualTo(1); // what was queued is still handed out
        assertThat(q.poll(Duration.ofMillis(10))).isNull();
        assertThat(q.stats().shed()).isEqualTo(2);
    }
}
