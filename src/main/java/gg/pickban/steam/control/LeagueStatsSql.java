package gg.pickban.steam.control;

import gg.pickban.steam.entity.MmrAdjustment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-league recompute of docs/rules.md §7.4–§7.5 in two passes (docs/decisions.md D37), on a plain JDBC connection (the
 * caller's transaction; the same SQL on PostgreSQL and on H2 in PostgreSQL mode):
 * <ol>
 * <li>totals and averages of every user with a linked row in the league, set-based: their stats
 *     rows are deleted and inserted afresh from one aggregate (rows of users without linked rows
 *     are left alone);</li>
 * <li>every row's MMR adjustment from that snapshot, in Java for the exact double arithmetic
 *     of docs/rules.md §7.5, written back only where it changed; then the league MMR of every user
 *     with a row in the league, set-based.</li>
 * </ol>
 * A lock row per league makes concurrent recomputes of one league wait for each other.
 */
public final class LeagueStatsSql {

    private static final String LOCK_ROW = "INSERT INTO steam_stats_lock (league_id) VALUES (?) ON CONFLICT DO NOTHING";
    private static final String LOCK = "SELECT league_id FROM steam_stats_lock WHERE league_id = ? FOR UPDATE";
    private static final String LINKED_ROWS = """
            FROM steam_player_stats p JOIN steam_match m ON m.match_id = p.match_id
            WHERE m.league_id = ? AND p.user_id IS NOT NULL""";
    private static final String DELETE_TOTALS = "DELETE FROM steam_league_player_stats WHERE league_id = ? AND user_id IN"
            + " (SELECT p.user_id " + LINKED_ROWS + ")";
    private static final String INSERT_TOTALS = """
            INSERT INTO steam_league_player_stats (user_id, league_id, games_played, wins, losses, total_kills,
                total_deaths, total_assists, total_gpm, total_xpm, win_rate, avg_kills, avg_deaths, avg_assists,
                avg_gpm, avg_xpm, mmr_adjustment, last_updated)
            SELECT a.user_id, ?, a.games, a.wins, a.games - a.wins, a.kills, a.deaths, a.assists, a.gpm, a.xpm,
                CAST(a.wins AS DOUBLE PRECISION) / CAST(a.games AS DOUBLE PRECISION),
                CAST(a.kills AS DOUBLE PRECISION) / CAST(a.games AS DOUBLE PRECISION),
                CAST(a.deaths AS DOUBLE PRECISION) / CAST(a.games AS DOUBLE PRECISION),
                CAST(a.assists AS DOUBLE PRECISION) / CAST(a.games AS DOUBLE PRECISION),
                CAST(a.gpm AS DOUBLE PRECISION) / CAST(a.games AS DOUBLE PRECISION),
                CAST(a.xpm AS DOUBLE PRECISION) / CAST(a.games AS DOUBLE PRECISION),
                0, ?
            FROM (SELECT p.user_id AS user_id, COUNT(*) AS games,
                      SUM(CASE WHEN (p.player_slot < 128 AND m.radiant_win) OR (p.player_slot >= 128 AND NOT m.radiant_win)
                          THEN 1 ELSE 0 END) AS wins,
                      SUM(p.kills) AS kills, SUM(p.deaths) AS deaths, SUM(p.assists) AS assists,
                      SUM(p.gold_per_min) AS gpm, SUM(p.xp_per_min) AS xpm
            """ + LINKED_ROWS + " GROUP BY p.user_id) a";
    private static final String LEAGUE_ROWS = "SELECT user_id, games_played, win_rate, avg_kills, avg_deaths, avg_assists,"
            + " avg_gpm, mmr_adjustment FROM steam_league_player_stats WHERE league_id = ? ORDER BY user_id";
    private static final String SET_ADJUSTMENT = "UPDATE steam_league_player_stats SET mmr_adjustment = ?"
            + " WHERE user_id = ? AND league_id = ?";
    /** League MMR (docs/rules.md §7.5), the same rule as {@link MmrAdjustment#leagueMmr}, for many users at once. */
    private static final String LEAGUE_MMR = """
            UPDATE users SET league_mmr = CASE WHEN mmr IS NULL OR mmr = 0 THEN NULL
                ELSE mmr + COALESCE((SELECT MAX(s.mmr_adjustment) FROM steam_league_player_stats s WHERE s.user_id = users.id), 0)
                END
            WHERE""";

    private LeagueStatsSql() {
    }

    /** @return the number of stats rows the league has afterwards */
    public static int recompute(Connection db, int leagueId, int minGames, Instant now) throws SQLException {
        lock(db, leagueId);
        update(db, DELETE_TOTALS, leagueId, leagueId);
        try (PreparedStatement insert = db.prepareStatement(INSERT_TOTALS)) {
            insert.setInt(1, leagueId);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setInt(3, leagueId);
            insert.executeUpdate();
        }
        int rows = adjust(db, leagueId, minGames);
        String ofLeague = " id IN (SELECT user_id FROM steam_league_player_stats WHERE league_id = ?)";
        // users rows are locked in pk order first, so recomputes of two leagues sharing players cannot deadlock
        try (PreparedStatement lockUsers = db.prepareStatement("SELECT id FROM users WHERE" + ofLeague + " ORDER BY id FOR UPDATE")) {
            lockUsers.setInt(1, leagueId);
            lockUsers.executeQuery().close();
        }
        update(db, LEAGUE_MMR + ofLeague, leagueId);
        return rows;
    }

    /** The league MMR of one user, after their self-reported MMR changed (docs/rules.md §7.5). */
    public static void leagueMmrOf(Connection db, long userId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(LEAGUE_MMR + " id = ?")) {
            update.setLong(1, userId);
            update.executeUpdate();
        }
    }

    private static void lock(Connection db, int leagueId) throws SQLException {
        update(db, LOCK_ROW, leagueId);
        try (PreparedStatement lock = db.prepareStatement(LOCK)) {
            lock.setInt(1, leagueId);
            lock.executeQuery().close();
        }
    }

    private static int adjust(Connection db, int leagueId, int minGames) throws SQLException {
        record Row(long userId, MmrAdjustment.Line line, int stored) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(LEAGUE_ROWS)) {
            query.setInt(1, leagueId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), new MmrAdjustment.Line(result.getInt(2), result.getDouble(3),
                            result.getDouble(4), result.getDouble(5), result.getDouble(6), result.getDouble(7)), result.getInt(8)));
                }
            }
        }
        MmrAdjustment adjustment = MmrAdjustment.of(rows.stream().map(Row::line).toList(), minGames);
        try (PreparedStatement update = db.prepareStatement(SET_ADJUSTMENT)) {
            int batched = 0;
            for (Row row : rows) {
                int value = adjustment.of(row.line());
                if (value != row.stored()) {
                    update.setInt(1, value);
                    update.setLong(2, row.userId());
                    update.setInt(3, leagueId);
                    update.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                update.executeBatch();
            }
        }
        return rows.size();
    }

    private static void update(Connection db, String sql, int... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setInt(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
