package gg.pickban.herodraft.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A captain of one of a draft's DraftTeams and whether that DraftTeam counts as connected. */
public record CaptainSeat(long userId, String username, boolean connected) {

    /** docs/rules.md §5.7, among seats in DraftTeam order: the first captain whose heartbeat is stale (see {@link HeroDraft#isStale}). */
    public static Optional<CaptainSeat> firstStale(List<CaptainSeat> seats, Function<Long, Optional<Instant>> heartbeatOf,
            Instant now) {
        return seats.stream().filter(seat -> HeroDraft.isStale(heartbeatOf.apply(seat.userId()), seat.connected(), now))
                .findFirst();
    }
}
