package gg.pickban.steam.boundary;

import gg.pickban.testsupport.FakeSteam;
import gg.pickban.testsupport.SteamData;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tournaments, teams, games and players arranged by JDBC for the linking tests. */
final class LinkingData {

    /** Ten users with Steam ids; the first five are the radiant team (captain first), the last five the dire team. */
    record Lineup(List<Long> users, List<Long> steamIds, long radiantTeam, long direTeam) {
        long steam(int index) {
            return steamIds.get(index);
        }
    }

    private LinkingData() {
    }

    static long tournament(Instant datePlayed, int steamLeagueId, Long leagueId) {
        return insert("INSERT INTO tournament (id, name, date_played, steam_league_id, league_id)"
                + " VALUES (nextval('tournament_seq'), ?, ?, ?, ?) RETURNING id", TestData.unique("t"), Timestamp.from(datePlayed),
                steamLeagueId, leagueId);
    }

    static long league(int steamLeagueId) {
        return insert("INSERT INTO league (id, steam_league_id, name, created_at, updated_at)"
                + " VALUES (nextval('league_seq'), ?, ?, ?, ?) RETURNING id", steamLeagueId, TestData.unique("league"),
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    static Lineup lineup(long tournament) {
        List<Long> users = new ArrayList<>();
        List<Long> steamIds = new ArrayList<>();
        long account = FakeSteam.freshAccountId();
        for (int i = 0; i < 10; i++) {
            long steam = SteamData.STEAM64_BASE + account + i;
            steamIds.add(steam);
            users.add(TestData.insertUser(TestData.unique("p" + i), "1" + account + i, "avatar" + i, steam, 3000, Instant.now()));
        }
        return new Lineup(users, steamIds, team(tournament, "Radiant " + account, users.subList(0, 5)),
                team(tournament, "Dire " + account, users.subList(5, 10)));
    }

    /** The first user is the captain. */
    static long team(long tournament, String name, List<Long> members) {
        long team = insert("INSERT INTO team (id, tournament_id, name, captain_id) VALUES (nextval('team_seq'), ?, ?, ?) RETURNING id",
                tournament, name, members.get(0));
        members.forEach(user -> SteamData.update("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)", team, user));
        return team;
    }

    static long game(long tournament, Long radiantTeam, Long direTeam, String bracketType, int round, int position) {
        return insert("INSERT INTO game (id, tournament_id, radiant_team_id, dire_team_id, bracket_type, round, position)"
                + " VALUES (nextval('game_seq'), ?, ?, ?, ?, ?, ?) RETURNING id", tournament, radiantTeam, direTeam, bracketType,
                round, position);
    }

    /** A stored match; players on slots 0–4 (radiant) then 128–132 (dire), in the order given. */
    static long match(int leagueId, long startTime, boolean radiantWin, List<Long> radiant, List<Long> dire) {
        long match = FakeSteam.freshId();
        SteamData.insertMatch(match, leagueId, startTime, radiantWin);
        for (int i = 0; i < radiant.size(); i++) {
            SteamData.insertPlayer(match, radiant.get(i), null, i, 5, 5, 5, 400);
        }
        for (int i = 0; i < dire.size(); i++) {
            SteamData.insertPlayer(match, dire.get(i), null, 128 + i, 5, 5, 5, 400);
        }
        return match;
    }

    static Object gameColumn(long game, String column) {
        return SteamData.column("SELECT " + column + " FROM game WHERE id = ?", game).get(0);
    }

    private static long insert(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
