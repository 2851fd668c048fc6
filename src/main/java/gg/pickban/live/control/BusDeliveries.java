package gg.pickban.live.control;

import java.util.concurrent.atomic.LongAdder;

/**
 * Messages handed from the group bus to receivers on this instance (one per receiver), since the
 * application started. Static because both buses make their receivers' registry themselves; the
 * class belongs to the application, so a redeploy starts again at 0.
 */
public final class BusDeliveries {

    private static final LongAdder DELIVERED = new LongAdder();

    private BusDeliveries() {
    }

    static void delivered(int receivers) {
        DELIVERED.add(receivers);
    }

    public static long total() {
        return DELIVERED.sum();
    }
}
