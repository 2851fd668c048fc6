package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-based recompute (docs/rules.md §7.4, §7.5) on H2 in PostgreSQL mode — the embedded default's
 * database, migrated by the real scripts — with the worked examples built from match rows.
 * The integration tests run the same SQL on PostgreSQL.
 */
class LeagueStatsSqlTest {

    /** Migrated once for the class; each test works in a transaction it rolls back. */
    private static final String URL = "jdbc:h2:mem:league-stats-" + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final long STEAM64 = 76561197960265728L;
    private static final int LEAGUE = 17929;
    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    private Connection db;
    private long nextMatch = 1000;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void shutdown() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement shutdown = db.createStatement()) {
            shutdown.execute("SHUTDOWN");
        }
    }

    @BeforeEach
    void begin() throws SQLException {
        db = DriverManager.getConnection(URL, "sa", "");
        db.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void theWorkedExampleFromMatchRows() throws SQLException {
        long p1 = user(1, 4000);
        long p2 = user(2, null);
        long p3 = user(3, 3000);
        for (int game = 0; game < 10; game++) {
            long match = match(LEAGUE, game < 6);
            player(match, 1, p1, 0, 8, 4, 10, 500);
            player(match, 2, p2, 128, 4, 6, 8, 400);
            if (game < 3) {
                player(match, 3, p3, 1, 20, 1, 20, 900);
            }
        }
        assertEquals(3, LeagueStatsSql.recompute(db, LEAGUE, 5, NOW));

        assertEquals("10 6 4 0.6 8.0 4.0 10.0 500.0 120", stats(p1));
        assertEquals("10 4 6 0.4 4.0 6.0 8.0 400.0 -95", stats(p2));
        assertEquals("3 3 0 1.0 20.0 1.0 20.0 900.0 0", stats(p3));
        assertEquals(4120, leagueMmr(p1));
        assertNull(leagueMmr(p2));
        assertEquals(3000, leagueMmr(p3));

        LeagueStatsSql.recompute(db, LEAGUE, 5, NOW);
        assertEquals("10 6 4 0.6 8.0 4.0 10.0 500.0 120", stats(p1), "a second recompute changes nothing");
    }

    @Test
    void oneRadiantWinAndOneLossOnSlotZero() throws SQLException {
        long p = user(4, 2000);
        player(match(LEAGUE, true), 4, p, 0, 10, 3, 15, 500);
        LeagueStatsSql.recompute(db, LEAGUE, 5, NOW);
        assertEquals("1 1 0 1.0 10.0 3.0 15.0 500.0 0", stats(p));
        assertEquals(10, single("SELECT total_kills FROM steam_league_player_stats WHERE user_id = " + p));

        player(match(LEAGUE, false), 4, p, 0, 10, 3, 15, 500);
        LeagueStatsSql.recompute(db, LEAGUE, 5, NOW);
        assertEquals("2 1 1 0.5 10.0 3.0 15.0 500.0 0", stats(p));
        assertEquals(20, single("SELECT total_kills FROM steam_league_player_stats WHERE user_id = " + p));
    }

    @Test
    void unlinkedRowsOtherLeaguesAndUsersWithoutRowsAreLeftAlone() throws SQLException {
        long linked = user(5, 1000);
        long idle = user(6, 1000);
        insertStats(idle, LEAGUE, 77);
        long match = match(LEAGUE, true);
        player(match, 5, linked, 0, 1, 1, 1, 100);
        player(match, 99, null, 1, 30, 0, 30, 900);
        player(match(LEAGUE + 1, true), 5, linked, 0, 50, 1, 50, 900);
        LeagueStatsSql.recompute(db, LEAGUE, 1, NOW);
        assertEquals(1, single("SELECT games_played FROM steam_league_player_stats WHERE user_id = " + linked + " AND league_id = " + LEAGUE));
        assertEquals(0, single("SELECT COUNT(*) FROM steam_league_player_stats WHERE league_id = " + (LEAGUE + 1)));
        assertEquals(7, single("SELECT games_played FROM steam_league_player_stats WHERE user_id = " + idle), "kept");
        assertEquals(2, single("SELECT COUNT(*) FROM steam_league_player_stats WHERE league_id = " + LEAGUE));
    }

    @Test
    void theBestAdjustmentOfAnyLeagueCounts() throws SQLException {
        long p = user(7, 4000);
        insertStats(p, LEAGUE + 5, 200);
        insertStats(p, LEAGUE + 6, 150);
        LeagueStatsSql.leagueMmrOf(db, p);
        assertEquals(4200, leagueMmr(p));
    }

    private long user(long account, Integer mmr) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO users (id, username, steamid, mmr, date_joined)"
                + " VALUES (nextval('users_seq'), ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "player" + account);
            insert.setLong(2, STEAM64 + account);
            insert.setObject(3, mmr);
            insert.setTimestamp(4, Timestamp.from(NOW));
            insert.executeUpdate();
        }
        return single("SELECT id FROM users WHERE steamid = " + (STEAM64 + account));
    }

    private long match(int league, boolean radiantWin) throws SQLException {
        long id = nextMatch++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO steam_match (match_id, radiant_win, start_time, league_id)"
                + " VALUES (?, ?, 1767225600, ?)")) {
            insert.setLong(1, id);
            insert.setBoolean(2, radiantWin);
            insert.setInt(3, league);
            insert.executeUpdate();
        }
        return id;
    }

    private void player(long match, long account, Long user, int slot, int kills, int deaths, int assists, int gpm) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO steam_player_stats (id, match_id, steam_id, user_id,"
                + " player_slot, kills, deaths, assists, gold_per_min, xp_per_min) VALUES (nextval('steam_player_stats_seq'),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, 600)")) {
            insert.setLong(1, match);
            insert.setLong(2, STEAM64 + account);
            insert.setObject(3, user);
            insert.setInt(4, slot);
            insert.setInt(5, kills);
            insert.setInt(6, deaths);
            insert.setInt(7, assists);
            insert.setInt(8, gpm);
            insert.executeUpdate();
        }
    }

    private void insertStats(long user, int league, int adjustment) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO steam_league_player_stats (user_id, league_id,"
                + " games_played, mmr_adjustment, last_updated) VALUES (?, ?, 7, ?, ?)")) {
            insert.setLong(1, user);
            insert.setInt(2, league);
            insert.setInt(3, adjustment);
            insert.setTimestamp(4, Timestamp.from(NOW));
            insert.executeUpdate();
        }
    }

    private String stats(long user) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("SELECT games_played, wins, losses, win_rate,"
                + " avg_kills, avg_deaths, avg_assists, avg_gpm, mmr_adjustment FROM steam_league_player_stats WHERE user_id = "
                + user + " AND league_id = " + LEAGUE)) {
            row.next();
            return row.getInt(1) + " " + row.getInt(2) + " " + row.getInt(3) + " " + row.getDouble(4) + " " + row.getDouble(5)
                    + " " + row.getDouble(6) + " " + row.getDouble(7) + " " + row.getDouble(8) + " " + row.getInt(9);
        }
    }

    private Integer leagueMmr(long user) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("SELECT league_mmr FROM users WHERE id = " + user)) {
            row.next();
            return (Integer) row.getObject(1);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
