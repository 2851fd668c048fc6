package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** One socket's outbox: ordered one-at-a-time async sends, the opening first, slow and failing clients closed alone. */
class SocketOutboxTest {

    private static final Executor DIRECT = Runnable::run;
    private final FakeClient client = new FakeClient();
    private final SocketOutbox outbox = new SocketOutbox(client.session(), DIRECT);

    /** Without an idle timeout Tyrus's per-send timer task is a no-op, so its context capture is given nothing to scan. */
    @Test
    void sendsWithoutIdleTimeoutRunUnderAnEmptyContextLoaderAndRestoreTheThreads() {
        ClassLoader mine = Thread.currentThread().getContextClassLoader();
        client.autoComplete = true;
        outbox.open("opening", 0);
        assertEquals(1, client.sentUnder.size());
        assertNotEquals(mine, client.sentUnder.get(0));
        assertNull(client.sentUnder.get(0).getParent(), "nothing above it either");
        assertEquals(mine, Thread.currentThread().getContextClassLoader());

        FakeClient timed = new FakeClient();
        timed.autoComplete = true;
        timed.idleTimeout = 60_000;
        new SocketOutbox(timed.session(), DIRECT).open("opening", 0);
        assertEquals(mine, timed.sentUnder.get(0), "with an idle timeout the task closes sockets: the application's loader stays");
    }

    @Test
    void messagesGoOutOneAtATimeInOrder() {
        outbox.open("opening", 0);
        outbox.accept(1, "a");
        outbox.accept(1, "b");
        assertEquals(List.of("opening"), client.sent, "nothing else while a send is in flight");
        client.completeNext();
        assertEquals(List.of("opening", "a"), client.sent);
        client.completeNext();
        assertEquals(List.of("opening", "a", "b"), client.sent);
        client.completeNext();
        assertTrue(client.pending.isEmpty());
        outbox.accept(1, "c");
        assertEquals(List.of("opening", "a", "b", "c"), client.sent, "an idle outbox sends at once");
    }

    @Test
    void aWaitingTickIsReplacedByTheNextOneWhileEventsAllGoOutInOrder() {
        outbox.open("opening", 0);
        outbox.acceptLatest(1, "tick 1");
        outbox.accept(1, "event");
        outbox.acceptLatest(1, "tick 2");
        outbox.acceptLatest(1, "tick 3");
        client.completeNext();
        client.completeNext();
        client.completeNext();
        assertEquals(List.of("opening", "event", "tick 3"), client.sent, "a slow socket gets the current second only");
        assertTrue(client.pending.isEmpty());
    }

    @Test
    void aTickAlreadyOnItsWayIsNotReplaced() {
        outbox.open("opening", 0);
        client.completeNext();
        outbox.acceptLatest(1, "tick 1");
        outbox.acceptLatest(1, "tick 2");
        client.completeNext();
        client.completeNext();
        assertEquals(List.of("opening", "tick 1", "tick 2"), client.sent);
    }

    @Test
    void ticksHeldBeforeTheOpeningAreReplacedToo() {
        outbox.acceptLatest(1, "tick 1");
        outbox.accept(5, "event");
        outbox.acceptLatest(1, "tick 2");
        client.autoComplete = true;
        outbox.open("opening", 0);
        assertEquals(List.of("opening", "event", "tick 2"), client.sent);
    }

    @Test
    void whatArrivesBeforeTheOpeningWaitsAndWhatTheReplayHoldsIsDropped() {
        outbox.accept(7, "old");
        outbox.accept(9, "new");
        assertEquals(List.of(), client.sent);
        client.autoComplete = true;
        outbox.open("opening", 7);
        assertEquals(List.of("opening", "new"), client.sent);
    }

    @Test
    void aFreshStateAfterAHoldGoesOutBeforeWhatArrivedMeanwhile() {
        client.autoComplete = true;
        assertFalse(outbox.hold(), "no hold before the opening: it holds already");
        outbox.open("opening", 0);
        outbox.accept(1, "before");
        assertTrue(outbox.hold());
        outbox.accept(1, "event");
        outbox.acceptLatest(1, "tick 1");
        outbox.acceptLatest(1, "tick 2");
        assertEquals(List.of("opening", "before"), client.sent);
        outbox.open("fresh", 0);
        outbox.release();
        assertEquals(List.of("opening", "before", "fresh", "event", "tick 2"), client.sent);
    }

    @Test
    void aHoldReleasedWithoutAFreshStateLetsWhatArrivedGo() {
        client.autoComplete = true;
        outbox.open("opening", 0);
        assertTrue(outbox.hold());
        outbox.accept(1, "event");
        outbox.release();
        outbox.accept(1, "after");
        assertEquals(List.of("opening", "event", "after"), client.sent);
    }

    @Test
    void aClientThatStopsReadingIsClosedWithoutHoldingUpTheSender() {
        outbox.open("opening", 0);
        for (int i = 0; i <= SocketOutbox.BACKLOG_LIMIT + 10; i++) {
            outbox.accept(i, "m" + i);
        }
        assertEquals(1, client.sent.size(), "only the opening is in flight");
        assertEquals(1, client.closes.size());
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, client.closes.get(0).getCloseCode());
    }

    @Test
    void aFailedSendClosesTheSocketAndEndsItsDeliveries() {
        client.failing = true;
        outbox.open("opening", 0);
        outbox.accept(1, "a");
        assertEquals(List.of("opening"), client.sent);
        assertEquals(CloseReason.CloseCodes.UNEXPECTED_CONDITION, client.closes.get(0).getCloseCode());
    }

    /** Many sockets: each keeps the order of hand-over, idle ones start in slices (one pool task each), a stalled one holds up nobody. */
    @Test
    void aMessageForManySocketsStartsTheIdleOnesInSlicesAndKeepsEachSocketsOrder() {
        List<Runnable> tasks = new ArrayList<>();
        List<FakeClient> clients = new ArrayList<>();
        List<SocketOutbox> outboxes = new ArrayList<>();
        for (int i = 0; i < SocketOutbox.SLICE * 2 + 2; i++) {
            FakeClient each = new FakeClient();
            each.autoComplete = i != 0;
            clients.add(each);
            SocketOutbox box = new SocketOutbox(each.session(), tasks::add);
            box.open("opening", 0);
            outboxes.add(box);
        }
        tasks.clear();
        SocketOutbox.acceptAll(outboxes, 1, new SharedMessage("a"), false);
        SocketOutbox.acceptAll(outboxes, 2, new SharedMessage("b"), false);
        assertEquals(3, tasks.size(), "one task per slice of idle sockets; the stalled one is still busy with its opening");
        List<Runnable> slices = List.copyOf(tasks);
        tasks.clear();
        slices.forEach(Runnable::run);
        while (!tasks.isEmpty()) {
            tasks.remove(0).run();
        }
        for (FakeClient each : clients.subList(1, clients.size())) {
            assertEquals(List.of("opening", "a", "b"), each.sent);
        }
        assertEquals(List.of("opening"), clients.get(0).sent, "the stalled socket still waits for its opening to be written");
        clients.get(0).completeNext();
        tasks.remove(0).run();
        clients.get(0).completeNext();
        tasks.remove(0).run();
        assertEquals(List.of("opening", "a", "b"), clients.get(0).sent);
    }

    @Test
    void aStoppedOutboxSendsNothingMore() {
        client.autoComplete = true;
        outbox.open("opening", 0);
        outbox.stop();
        outbox.accept(1, "late");
        assertEquals(List.of("opening"), client.sent);
    }
}
