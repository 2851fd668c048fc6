package gg.pickban.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Steam rows written and read straight in the test database (docs/rules.md §7.3). */
public final class SteamData {

    public static final long STEAM64_BASE = 76561197960265728L;

    private SteamData() {
    }

    public static void insertMatch(long matchId, Integer leagueId, long startTime, boolean radiantWin) {
        update("INSERT INTO steam_match (match_id, radiant_win, duration, start_time, game_mode, lobby_type, league_id)"
                + " VALUES (?, ?, 2000, ?, 2, 1, ?)", matchId, radiantWin, startTime, leagueId);
    }

    /** A player row; {@code userId} null leaves it unlinked. */
    public static void insertPlayer(long matchId, long steam64, Long userId, int slot, int kills, int deaths, int assists, int gpm) {
        update("INSERT INTO steam_player_stats (id, match_id, steam_id, user_id, player_slot, hero_id, kills, deaths, assists,"
                + " gold_per_min, xp_per_min, last_hits, denies, hero_damage, tower_damage, hero_healing)"
                + " VALUES (nextval('steam_player_stats_seq'), ?, ?, ?, ?, 11, ?, ?, ?, ?, 500, 100, 5, 10000, 1000, 0)",
                matchId, steam64, userId, slot, kills, deaths, assists, gpm);
    }

    public static long count(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public static List<Object> column(String sql, Object... parameters) {
        try (Connection db = TestServices.database()) {
            return columnOn(db, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, read on a connection the caller holds. */
    static List<Object> columnOn(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
