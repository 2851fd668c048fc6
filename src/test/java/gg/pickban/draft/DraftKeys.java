package gg.pickban.draft;

import java.util.Set;

/** The exact key sets of the draft's JSON shapes, event payloads and socket messages (docs/rules.md §4.6, docs/api.md §7). */
public final class DraftKeys {

    public static final Set<String> DRAFT_IN_TOURNAMENT = Set.of("pk", "draft_rounds", "users_remaining", "latest_round",
            "draft_style", "tournament");
    public static final Set<String> DRAFT_TOURNAMENT = Set.of("pk", "teams");
    public static final Set<String> ROUND = Set.of("pk", "captain", "pick_phase", "pick_number", "choice", "team");
    public static final Set<String> DRAFT_FULL = Set.of("pk", "tournament", "draft_rounds", "draft_style", "users_remaining",
            "latest_round");
    public static final Set<String> TOURNAMENT_FOR_DRAFT = Set.of("pk", "name", "date_played", "users", "teams", "captains",
            "tournament_type");
    public static final Set<String> DRAFT_MMRS = Set.of("pk", "snake_first_pick_mmr", "snake_last_pick_mmr",
            "normal_first_pick_mmr", "normal_last_pick_mmr");
    public static final Set<String> EVENT = Set.of("pk", "event_type", "payload", "actor", "created_at");
    public static final Set<String> TIE = Set.of("tied_teams", "roll_rounds", "winner_id");
    public static final Set<String> PLAYER_PICKED = Set.of("pick_number", "captain_id", "captain_name", "captain_avatar_url",
            "picked_id", "picked_name", "picked_avatar_url", "team_id", "team_name");
    public static final Set<String> PICK_UNDONE = Set.of("pick_number", "undone_player_id", "undone_player_name", "team_id",
            "team_name");
    public static final Set<String> CAPTAIN_ASSIGNED = Set.of("pick_number", "captain_id", "captain_name", "captain_avatar_url",
            "team_id", "team_name", "team_mmr");
    public static final Set<String> TIE_ROLL = Set.of("pick_number", "tied_teams", "roll_rounds", "winner_id", "winner_name");
    public static final Set<String> DRAFT_STARTED = Set.of("draft_id", "draft_style", "team_count");

    private DraftKeys() {
    }
}
