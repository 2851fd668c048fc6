package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Live games helper: "is any of these players live", on account ids converted to Steam64. */
class LiveGamesTest {

    private static final JsonObject RESULT = Json.createReader(new StringReader(("{'games': ["
            + "{'lobby_id': 1, 'players': [{'account_id': 11, 'hero_id': 1}, {'account_id': 4294967295}]},"
            + "{'lobby_id': 2, 'players': [{'account_id': 39734273, 'name': 'x', 'hero_id': 0, 'team': 0}]}], 'status': 200}")
            .replace('\'', '"'))).readObject();

    @Test
    void findsTheGameOfAPlayerByTheirSteam64Id() {
        assertEquals(2, LiveGames.firstWith(RESULT, Set.of(76561198000000001L)).orElseThrow().getInt("lobby_id"));
        assertTrue(LiveGames.firstWith(RESULT, Set.of(76561198000000002L)).isEmpty());
        assertTrue(LiveGames.firstWith(Json.createObjectBuilder().build(), Set.of(76561198000000001L)).isEmpty());
    }
}
