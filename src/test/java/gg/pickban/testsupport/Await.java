package gg.pickban.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting in integration tests: poll the real condition until it holds or a deadline passes, then fail with
 * what was last seen. A fixed sleep is never a wait; the one deliberate pause, {@link #quietFor}, gives a thing
 * that must NOT happen its chance to happen, and its callers say why the window is long enough.
 */
public final class Await {

    /** How often a condition is asked: often enough that a wait costs little beyond the condition itself. */
    private static final Duration POLL = Duration.ofMillis(50);

    private Await() {
    }

    /** Returns once {@code condition} holds; an {@link AssertionError} naming {@code what} after {@code within}. */
    public static void until(BooleanSupplier condition, Duration within, String what) {
        until(condition::getAsBoolean, Boolean::booleanValue, within, what);
    }

    /**
     * Reads until the value satisfies {@code done} and returns it; after {@code within} an {@link AssertionError}
     * naming {@code what} and the last value read.
     */
    public static <T> T until(Supplier<T> read, Predicate<? super T> done, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not within " + within + ", last seen " + value);
            }
            pause(POLL);
            value = read.get();
        }
        return value;
    }

    /**
     * Lets {@code window} pass so that something that must not happen (a second write, a late message) would
     * have happened by now; the assertion after it checks that it did not. Keep windows short.
     */
    public static void quietFor(Duration window) {
        pause(window);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
