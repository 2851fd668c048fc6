package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.CaptainSeat;
import gg.pickban.herodraft.entity.HeroDraftTick;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One draft as its ticker reads it (§9.2, §9.4): the tick and the captains' seats, as of the draft's
 * {@link DraftStamp stamp}. Every writer of a draft moves the version on (it locks the draft with a forced
 * increment), so while the version stands the view is the draft's current state and the ticker
 * renders the next second from it without reading the draft again. What a draft writer does not
 * touch — a tournament team changing its captain — is picked up within {@link #MAX_AGE}.
 */
public record TickView(HeroDraftTick tick, List<CaptainSeat> captains, DraftStamp stamp, Instant readAt) {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    boolean stillCurrent(DraftStamp current, Instant now) {
        return stamp.equals(current) && now.isBefore(readAt.plus(MAX_AGE));
    }
}
