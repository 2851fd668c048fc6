package gg.pickban.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.TreeSet;

/** The exact key sets of the contract's shapes, as the tests expect them. */
public final class Keys {

    public static final Set<String> TOURNAMENT_FULL = Set.of("pk", "name", "draft", "date_played", "timezone", "users",
            "teams", "winning_team", "state", "games", "captains", "tournament_type", "league");
    public static final Set<String> TOURNAMENT_BASIC = Set.of("pk", "name", "date_played", "timezone", "tournament_type",
            "state", "captains");
    public static final Set<String> TOURNAMENT_LIST_ITEM = Set.of("pk", "name", "date_played", "timezone",
            "tournament_type", "state", "league", "user_count");
    public static final Set<String> TOURNAMENT_BASE = Set.of("pk", "name", "date_played", "users", "captains",
            "tournament_type");
    public static final Set<String> LEAGUE_REF = Set.of("pk", "organizations", "organization_name", "steam_league_id", "name");
    public static final Set<String> ORG_REF = Set.of("pk", "name", "logo", "created_at");
    public static final Set<String> TEAM_IN_TOURNAMENT = Set.of("pk", "name", "members", "dropin_members", "left_members",
            "captain", "deputy_captain", "draft_order", "placement");
    public static final Set<String> TEAM_FULL = Set.of("pk", "name", "left_members", "captain", "deputy_captain", "members",
            "dropin_members", "draft_order", "current_points", "tournament", "total_mmr", "placement");
    public static final Set<String> GAME_IN_TOURNAMENT = Set.of("pk", "radiant_team", "dire_team", "gameid", "round",
            "winning_team", "herodraft_id");
    public static final Set<String> GAME_FULL = GAME_IN_TOURNAMENT;
    public static final Set<String> LEAGUE_MATCH = Set.of("pk", "tournament_pk", "tournament_name", "round", "date_played",
            "radiant_team", "dire_team", "radiant_team_name", "dire_team_name", "radiant_captain", "dire_captain",
            "winning_team", "gameid");
    public static final Set<String> USER_MINI = Set.of("pk", "username", "nickname", "avatar", "discordId", "positions",
            "steamid", "steam_account_id", "avatarUrl", "mmr");

    private Keys() {
    }

    public static void assertKeys(Set<String> expected, JsonObject object) {
        assertEquals(new TreeSet<>(expected), new TreeSet<>(object.keySet()), object.toString());
    }
}
