package gg.pickban.herodraft.control;

import java.util.List;

/** Rendered messages of one transaction, published once it has committed; {@code clockStarted} fires {@link HeroDraftClockStarted}. */
record HeroDraftMessages(long draftId, List<String> messages, boolean clockStarted) {
}
