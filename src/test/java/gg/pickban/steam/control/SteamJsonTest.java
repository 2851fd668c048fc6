package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.steam.entity.MatchDetails;
import gg.pickban.steam.entity.PlayerPerformance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Steam's JSON into Pickban's records (docs/rules.md §7.1), with recorded-shape samples. */
class SteamJsonTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aHistoryPageKeepsIdsSequenceNumbersAndWhatRemains() {
        MatchHistoryPage page = SteamJson.historyPage(json("{'status': 1, 'num_results': 2, 'total_results': 500,"
                + " 'results_remaining': 498, 'matches': [{'match_id': 8123456790, 'match_seq_num': 6812345678,"
                + " 'start_time': 1767225600, 'lobby_type': 1, 'players': []}, {'match_id': 8123456789, 'start_time': 1767220000}]}")).orElseThrow();
        assertEquals(2, page.matches().size());
        assertEquals(new MatchSummary(8123456790L, 6812345678L, 1767225600L), page.matches().get(0));
        assertEquals(null, page.matches().get(1).sequenceNumber());
        assertEquals(498, page.resultsRemaining());
        assertFalse(page.nothingRemains());
        assertTrue(SteamJson.historyPage(json("{'status': 15, 'statusDetail': 'Cannot get match history'}")).isEmpty());
    }

    @Test
    void detailsDefaultMissingFieldsAndSkipAnonymousPlayers() {
        MatchDetails details = SteamJson.detailsResult(json("{'match_id': 7000000001, 'duration': 2400, 'start_time': 1767225600,"
                + " 'game_mode': 2, 'players': [{'account_id': 39734273, 'player_slot': 0, 'hero_id': 14, 'kills': 10,"
                + " 'deaths': 3, 'assists': 15, 'gold_per_min': 600, 'xp_per_min': 700, 'last_hits': 250, 'denies': 12,"
                + " 'hero_damage': 30000, 'tower_damage': 5000},"
                + " {'account_id': 4294967295, 'player_slot': 128, 'hero_id': 2}, {'player_slot': 129, 'hero_id': 3}]}")).orElseThrow();
        assertFalse(details.radiantWin(), "absent radiant_win is false");
        assertEquals(0, details.lobbyType(), "absent lobby_type is 0");
        assertEquals(1, details.players().size(), "anonymous and id-less players are skipped (D35)");
        PlayerPerformance player = details.players().get(0);
        assertEquals(76561198000000001L, player.steamId());
        assertEquals(0, player.heroHealing(), "absent hero_healing is 0");
        assertEquals(10, player.kills());
        assertTrue(player.isRadiant());
    }

    @Test
    void anErrorResultIsAFailure() {
        assertTrue(SteamJson.detailsResult(json("{'error': 'Match ID not found'}")).isEmpty());
    }

    @Test
    void theWantedMatchIsTakenFromASequencePage() {
        JsonObject page = json("{'status': 1, 'matches': [{'match_id': 5, 'radiant_win': true, 'players': []},"
                + " {'match_id': 6, 'players': []}]}");
        assertEquals(6, SteamJson.fromSequencePage(page, 6).orElseThrow().matchId());
        assertTrue(SteamJson.fromSequencePage(page, 7).isEmpty());
    }
}
