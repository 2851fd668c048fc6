package gg.pickban.herodraft.entity;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one-second tick of a draft at a given moment (herodraft.md §9.2, D25): while drafting with an
 * active round the clocks (the active team's reserve counting down live), while resuming only the
 * countdown; in any other state there is no tick.
 */
public final class HeroDraftTick {

    public static final String TYPE = "herodraft_tick";

    private HeroDraftTick() {
    }

    public static Optional<JsonObject> of(HeroDraft draft, Instant now) {
        if (draft.state() == HeroDraftState.RESUMING) {
            long remaining = draft.resumingUntil() == null ? 0 : Math.max(0, Duration.between(now, draft.resumingUntil()).toMillis());
            return Optional.of(Jsonp.createObjectBuilder().add("type", TYPE).add("draft_state", "resuming")
                    .add("countdown_remaining_ms", remaining).build());
        }
        if (draft.state() != HeroDraftState.DRAFTING) {
            return Optional.empty();
        }
        return draft.activeRound().map(round -> {
            RoundClock clock = round.clock(now);
            List<DraftTeam> teams = draft.teams();
            DraftTeam a = teams.get(0);
            DraftTeam b = teams.get(1);
            long active = round.draftTeam().id();
            return Jsonp.createObjectBuilder().add("type", TYPE).add("current_round", round.roundNumber() - 1)
                    .add("active_team_id", active).add("grace_time_remaining_ms", clock.graceRemainingMs())
                    .add("team_a_id", a.id()).add("team_a_reserve_ms", reserve(a, active, clock))
                    .add("team_b_id", b.id()).add("team_b_reserve_ms", reserve(b, active, clock))
                    .add("draft_state", "drafting").build();
        });
    }

    private static int reserve(DraftTeam team, long activeTeamId, RoundClock clock) {
        return team.id() == activeTeamId ? clock.reserveRemainingMs() : team.reserveTimeRemaining();
    }
}
