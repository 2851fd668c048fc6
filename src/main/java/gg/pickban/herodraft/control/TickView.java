package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.CaptainSeat;
import gg.pickban.herodraft.entity.HeroDraftTick;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One draft as its ticker reads it (docs/rules.md §5.9): the tick and the captains' seats, as of the draft's
 * {@link TickStamps tick stamp}. Every writer of a draft replaces the stamp (it locks the draft
 * first), so while the stamp stands the view is the draft's current state and the ticker renders the
 * next second from it without reading the draft again. What no draft writer does — a tournament team
 * changing its captain, the draft deleted with its game — is picked up within {@link #MAX_AGE}.
 */
public record TickView(HeroDraftTick tick, List<CaptainSeat> captains, String stamp, Instant readAt) {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    boolean stillCurrent(String current, Instant now) {
        return stamp.equals(current) && now.isBefore(readAt.plus(MAX_AGE));
    }
}
