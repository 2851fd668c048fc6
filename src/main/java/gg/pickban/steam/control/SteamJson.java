package gg.pickban.steam.control;

import gg.pickban.identity.entity.SteamIds;
import gg.pickban.steam.entity.MatchDetails;
import gg.pickban.steam.entity.PlayerPerformance;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates Steam's Dota 2 match JSON into Pickban's records (docs/rules.md §7.1, §7.2). Anything that does not
 * have the expected shape is "no answer", never an exception: Steam's payloads are foreign input.
 */
final class SteamJson {

    /** Steam's account id of a player who hides their identity, skipped (docs/decisions.md D35). */
    static final long ANONYMOUS_ACCOUNT = 4294967295L;

    private SteamJson() {
    }

    static Optional<MatchHistoryPage> historyPage(JsonObject result) {
        Long status = number(result, "status");
        if (status != null && status != 1) {
            return Optional.empty();
        }
        List<MatchSummary> matches = new ArrayList<>();
        for (JsonObject match : objects(result, "matches")) {
            Long matchId = number(match, "match_id");
            if (matchId != null) {
                Long startTime = number(match, "start_time");
                matches.add(new MatchSummary(matchId, number(match, "match_seq_num"), startTime == null ? 0 : startTime));
            }
        }
        Long remaining = number(result, "results_remaining");
        return Optional.of(new MatchHistoryPage(matches, remaining == null ? null : remaining.intValue()));
    }

    /** The details of the wanted match among a sequence-number page's matches. */
    static Optional<MatchDetails> fromSequencePage(JsonObject result, long matchId) {
        return objects(result, "matches").stream()
                .filter(match -> Long.valueOf(matchId).equals(number(match, "match_id")))
                .findFirst().flatMap(SteamJson::details);
    }

    /** GetMatchDetails' result; one carrying {@code error} is a failure. */
    static Optional<MatchDetails> detailsResult(JsonObject result) {
        if (result.containsKey("error")) {
            return Optional.empty();
        }
        return details(result);
    }

    static Optional<MatchDetails> details(JsonObject match) {
        Long matchId = number(match, "match_id");
        if (matchId == null) {
            return Optional.empty();
        }
        List<PlayerPerformance> players = new ArrayList<>();
        for (JsonObject player : objects(match, "players")) {
            Long accountId = number(player, "account_id");
            if (accountId == null || accountId == ANONYMOUS_ACCOUNT || accountId <= 0 || accountId > ANONYMOUS_ACCOUNT) {
                continue;
            }
            players.add(new PlayerPerformance(SteamIds.steam64(accountId), integer(player, "player_slot"),
                    integer(player, "hero_id"), integer(player, "kills"), integer(player, "deaths"), integer(player, "assists"),
                    integer(player, "gold_per_min"), integer(player, "xp_per_min"), integer(player, "last_hits"),
                    integer(player, "denies"), integer(player, "hero_damage"), integer(player, "tower_damage"),
                    integer(player, "hero_healing")));
        }
        return Optional.of(new MatchDetails(matchId, match.get("radiant_win") == JsonValue.TRUE, integer(match, "duration"),
                orZero(number(match, "start_time")), integer(match, "game_mode"), integer(match, "lobby_type"), players));
    }

    private static List<JsonObject> objects(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).toList();
    }

    static Long number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber number) {
            try {
                return number.bigDecimalValue().longValue();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    private static int integer(JsonObject object, String key) {
        Long value = number(object, key);
        return value == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
