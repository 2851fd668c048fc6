package gg.pickban.steam.control;

import gg.pickban.identity.entity.SteamIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Live league games: Steam's answer handed on, and "is any of these players live". */
@ApplicationScoped
public class LiveGames {

    @Inject
    SteamWebApi steam;

    public Optional<JsonObject> ofLeague(Integer leagueId) {
        return steam.liveLeagueGames(leagueId);
    }

    /** The first live game with one of the players (Steam64 ids); Steam is not asked for nobody. */
    public Optional<JsonObject> withAnyOf(Collection<Long> steam64s) {
        if (steam64s.isEmpty()) {
            return Optional.empty();
        }
        return steam.liveLeagueGames(null).flatMap(result -> firstWith(result, Set.copyOf(steam64s)));
    }

    static Optional<JsonObject> firstWith(JsonObject result, Set<Long> steam64s) {
        JsonValue games = result.get("games");
        if (games == null || games.getValueType() != JsonValue.ValueType.ARRAY) {
            return Optional.empty();
        }
        return games.asJsonArray().stream().filter(g -> g.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                .filter(game -> players(game).stream().anyMatch(steam64s::contains)).findFirst();
    }

    private static Set<Long> players(JsonObject game) {
        JsonValue players = game.get("players");
        if (players == null || players.getValueType() != JsonValue.ValueType.ARRAY) {
            return Set.of();
        }
        return players.asJsonArray().stream().filter(p -> p.getValueType() == JsonValue.ValueType.OBJECT)
                .map(p -> SteamJson.number(p.asJsonObject(), "account_id"))
                .filter(id -> id != null && id > 0 && id < SteamJson.ANONYMOUS_ACCOUNT)
                .map(SteamIds::steam64).collect(Collectors.toSet());
    }
}
