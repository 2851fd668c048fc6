package gg.pickban.herodraft.entity;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one-second tick of a draft (docs/api.md §7, docs/decisions.md D25): while drafting with an active round the
 * clocks (the active team's reserve counting down live), while resuming only the countdown; in any
 * other state there is no tick. Taken from the draft once as a plain value, then rendered for any
 * moment with {@link #at}: the ticker keeps it for as long as the draft does not change.
 */
public final class HeroDraftTick {

    public static final String TYPE = "herodraft_tick";

    private final boolean resuming;
    private final Instant resumingUntil;
    private final int currentRound;
    private final long activeTeamId;
    private final Instant roundStartedAt;
    private final int graceMs;
    private final long teamAId;
    private final int teamAReserveMs;
    private final long teamBId;
    private final int teamBReserveMs;

    private HeroDraftTick(boolean resuming, Instant resumingUntil, int currentRound, long activeTeamId, Instant roundStartedAt,
            int graceMs, long teamAId, int teamAReserveMs, long teamBId, int teamBReserveMs) {
        this.resuming = resuming;
        this.resumingUntil = resumingUntil;
        this.currentRound = currentRound;
        this.activeTeamId = activeTeamId;
        this.roundStartedAt = roundStartedAt;
        this.graceMs = graceMs;
        this.teamAId = teamAId;
        this.teamAReserveMs = teamAReserveMs;
        this.teamBId = teamBId;
        this.teamBReserveMs = teamBReserveMs;
    }

    /** The draft's tick, if it has one in its current state. */
    public static Optional<HeroDraftTick> of(HeroDraft draft) {
        if (draft.state() == HeroDraftState.RESUMING) {
            return Optional.of(new HeroDraftTick(true, draft.resumingUntil(), 0, 0, null, 0, 0, 0, 0, 0));
        }
        if (draft.state() != HeroDraftState.DRAFTING) {
            return Optional.empty();
        }
        return draft.activeRound().map(round -> {
            List<DraftTeam> teams = draft.teams();
            DraftTeam a = teams.get(0);
            DraftTeam b = teams.get(1);
            return new HeroDraftTick(false, null, round.roundNumber() - 1, round.draftTeam().id(), round.startedAt(),
                    round.graceTimeMs(), a.id(), a.reserveTimeRemaining(), b.id(), b.reserveTimeRemaining());
        });
    }

    /** The tick message of the draft at {@code now}, if it has one. */
    public static Optional<JsonObject> of(HeroDraft draft, Instant now) {
        return of(draft).map(tick -> tick.at(now));
    }

    public boolean isResuming() {
        return resuming;
    }

    /** The message at {@code now}. */
    public JsonObject at(Instant now) {
        if (resuming) {
            long remaining = resumingUntil == null ? 0 : Math.max(0, Duration.between(now, resumingUntil).toMillis());
            return Jsonp.createObjectBuilder().add("type", TYPE).add("draft_state", "resuming")
                    .add("countdown_remaining_ms", remaining).build();
        }
        RoundClock clock = RoundClock.of(roundStartedAt, now, graceMs, activeTeamId == teamAId ? teamAReserveMs : teamBReserveMs);
        return Jsonp.createObjectBuilder().add("type", TYPE).add("current_round", currentRound)
                .add("active_team_id", activeTeamId).add("grace_time_remaining_ms", clock.graceRemainingMs())
                .add("team_a_id", teamAId).add("team_a_reserve_ms", activeTeamId == teamAId ? clock.reserveRemainingMs() : teamAReserveMs)
                .add("team_b_id", teamBId).add("team_b_reserve_ms", activeTeamId == teamBId ? clock.reserveRemainingMs() : teamBReserveMs)
                .add("draft_state", "drafting").build();
    }
}
