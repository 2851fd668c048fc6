package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In-process fan-out: per-group delivery, isolation of failing receivers, leaving, one order for all receivers. */
class LocalGroupBusTest {

    private final LocalGroupBus bus = new LocalGroupBus(Runnable::run);

    @Test
    void aMessageReachesEveryReceiverOfItsGroupOnly() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<String> other = new ArrayList<>();
        bus.subscribe("draft_1", first::add);
        bus.subscribe("draft_1", second::add);
        bus.subscribe("draft_2", other::add);
        bus.publish("draft_1", "m1");
        bus.publish("nobody", "lost");
        assertEquals(List.of("m1"), first);
        assertEquals(List.of("m1"), second);
        assertEquals(List.of(), other);
    }

    @Test
    void aThrowingReceiverNeverKeepsTheMessageFromTheOthersAndLeavingStopsDeliveries() {
        List<String> received = new ArrayList<>();
        bus.subscribe("g", message -> {
            throw new IllegalStateException("broken socket");
        });
        GroupBus.Subscription subscription = bus.subscribe("g", received::add);
        bus.publish("g", "a");
        subscription.close();
        subscription.close();
        bus.publish("g", "b");
        assertEquals(List.of("a"), received);
    }

    @Test
    void aPublisherNeverWaitsForTheDelivery() throws InterruptedException {
        ExecutorService deliverer = Executors.newSingleThreadExecutor();
        LocalGroupBus async = new LocalGroupBus(deliverer);
        CountDownLatch release = new CountDownLatch(1);
        List<String> received = new CopyOnWriteArrayList<>();
        async.subscribe("g", message -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(message);
        });
        async.publish("g", "1");
        async.publish("g", "2");
        assertEquals(List.of(), received, "published while the receiver is stuck");
        release.countDown();
        deliverer.shutdown();
        deliverer.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(List.of("1", "2"), received);
    }

    @Test
    void concurrentPublishersLeaveEveryReceiverWithTheSameOrder() throws InterruptedException {
        List<String> one = new CopyOnWriteArrayList<>();
        List<String> two = new CopyOnWriteArrayList<>();
        bus.subscribe("g", one::add);
        bus.subscribe("g", two::add);
        ExecutorService publishers = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int p = 0; p < 4; p++) {
            int publisher = p;
            publishers.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 500; i++) {
                    bus.publish("g", publisher + ":" + i);
                }
            });
        }
        start.countDown();
        publishers.shutdown();
        publishers.awaitTermination(30, TimeUnit.SECONDS);
        assertEquals(2000, one.size());
        assertEquals(one, two);
    }
}
