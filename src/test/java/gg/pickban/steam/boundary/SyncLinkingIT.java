package gg.pickban.steam.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.steam.boundary.LinkingData.Lineup;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.FakeSteam;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.SteamApps;
import gg.pickban.testsupport.SteamData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After a sync stores matches, each is checked against the games of its UTC day (docs/rules.md §7.7, docs/decisions.md D39, D42). */
@ExtendWith(SteamApps.class)
class SyncLinkingIT {

    @Test
    void aSyncedMatchLinksOrSuggestsGamesOfItsDayOnly(AppProcess app, FakeSteam fake) {
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        int league = FakeSteam.freshLeagueId();
        long tournament = LinkingData.tournament(today.plusSeconds(12 * 3600), league, null);
        Lineup p = LinkingData.lineup(tournament);
        Lineup q = LinkingData.lineup(tournament);
        long full = LinkingData.game(tournament, p.radiantTeam(), p.direTeam(), "winners", 1, 0);
        long half = LinkingData.game(tournament, q.radiantTeam(), q.direTeam(), "winners", 1, 1);
        long alreadyLinked = LinkingData.game(tournament, p.radiantTeam(), p.direTeam(), "winners", 2, 0);
        SteamData.update("UPDATE game SET gameid = 123 WHERE id = ?", alreadyLinked);
        long base = FakeSteam.freshId();
        long all = base + 3;
        long fiveOfThem = base + 2;
        long monthAgo = base + 1;
        fake.addMatch(league, monthAgo, today.minusSeconds(30L * 86_400).getEpochSecond(), true, players(q.steamIds()));
        fake.addMatch(league, fiveOfThem, today.getEpochSecond() + 120, true, players(q.steamIds().subList(0, 5)));
        fake.addMatch(league, all, today.getEpochSecond() + 60, false, players(p.steamIds()));
        Api staff = Logins.staff(app);

        assertEquals(3, staff.post("/api/steam/sync/", "{\"league_id\": " + league + "}").object().getInt("synced_count"));

        assertEquals(all, ((Number) LinkingData.gameColumn(full, "gameid")).longValue());
        assertEquals(p.direTeam(), ((Number) LinkingData.gameColumn(full, "winning_team_id")).longValue());
        assertEquals("completed", LinkingData.gameColumn(full, "status"));
        assertEquals(List.of(all + " true 1 10 all_players"), suggestions(full));
        assertEquals(List.of(fiveOfThem + " false 0.5 5 partial"), suggestions(half), "not the match of 30 days ago");
        assertEquals(null, LinkingData.gameColumn(half, "gameid"));
        assertEquals(List.of(), suggestions(alreadyLinked));
        assertEquals(123L, ((Number) LinkingData.gameColumn(alreadyLinked, "gameid")).longValue());

        assertEquals(3, staff.post("/api/steam/sync/", "{\"league_id\": " + league + ", \"full_sync\": true}").object()
                .getInt("synced_count"));
        assertEquals(List.of(fiveOfThem + " false 0.5 5 partial"), suggestions(half), "still exactly one");
        assertEquals(1, suggestions(full).size());
    }

    private static List<FakeSteam.Player> players(List<Long> steamIds) {
        List<FakeSteam.Player> players = new ArrayList<>();
        for (int i = 0; i < steamIds.size(); i++) {
            players.add(new FakeSteam.Player(steamIds.get(i) - SteamData.STEAM64_BASE, i < 5 ? i : 123 + i, 10 + i, 5, 5, 5, 500));
        }
        return players;
    }

    private static List<String> suggestions(long game) {
        return SteamData.column("SELECT match_id || ' ' || auto_linked || ' ' || confidence_score || ' ' || player_overlap"
                + " || ' ' || suggestion_tier FROM steam_game_match_suggestion WHERE game_id = ? ORDER BY id", game)
                .stream().map(String::valueOf).toList();
    }
}
