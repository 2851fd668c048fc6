package gg.pickban.tournament;

import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows written straight into the test database for the tournament ITs: organizations and leagues
 * (their endpoints are another component's), roles, and bulk tournament data.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static long user(Integer mmr) {
        return TestData.insertUser(TestData.unique("p"), null, null, null, mmr, Instant.now());
    }

    public static long organization(String name) {
        return insert("INSERT INTO organization (id, name, logo, created_at, updated_at)"
                + " VALUES (nextval('organization_seq'), ?, 'https://logo.example/x.png', ?, ?) RETURNING id",
                name, now(), now());
    }

    /** A league with a Steam league id no other test uses. */
    public static long league(String name) {
        return league(name, ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000_000));
    }

    public static long league(String name, int steamLeagueId) {
        return insert("INSERT INTO league (id, steam_league_id, name, created_at, updated_at)"
                + " VALUES (nextval('league_seq'), ?, ?, ?, ?) RETURNING id", steamLeagueId, name, now(), now());
    }

    public static void link(long league, long organization) {
        execute("INSERT INTO league_organizations (league_id, organization_id) VALUES (?, ?)", league, organization);
    }

    public static void leagueAdmin(long league, long user) {
        execute("INSERT INTO league_admins (league_id, user_id) VALUES (?, ?)", league, user);
    }

    public static void leagueStaff(long league, long user) {
        execute("INSERT INTO league_staff (league_id, user_id) VALUES (?, ?)", league, user);
    }

    public static void organizationAdmin(long organization, long user) {
        execute("INSERT INTO organization_admins (organization_id, user_id) VALUES (?, ?)", organization, user);
    }

    public static void organizationStaff(long organization, long user) {
        execute("INSERT INTO organization_staff (organization_id, user_id) VALUES (?, ?)", organization, user);
    }

    public static long tournament(String name, Instant datePlayed, Long league) {
        return insert("INSERT INTO tournament (id, name, date_played, league_id, steam_league_id)"
                + " VALUES (nextval('tournament_seq'), ?, ?, ?, 17929) RETURNING id", name, Timestamp.from(datePlayed), league);
    }

    public static void player(long tournament, long user) {
        execute("INSERT INTO tournament_users (tournament_id, user_id) VALUES (?, ?)", tournament, user);
    }

    public static long team(long tournament, String name, Long captain, Long deputy) {
        return insert("INSERT INTO team (id, tournament_id, name, captain_id, deputy_captain_id)"
                + " VALUES (nextval('team_seq'), ?, ?, ?, ?) RETURNING id", tournament, name, captain, deputy);
    }

    public static void member(long team, long user) {
        execute("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)", team, user);
    }

    public static void dropin(long team, long user) {
        execute("INSERT INTO team_dropin_members (team_id, user_id) VALUES (?, ?)", team, user);
    }

    public static void left(long team, long user) {
        execute("INSERT INTO team_left_members (team_id, user_id) VALUES (?, ?)", team, user);
    }

    public static long game(Long tournament, Long league, Long radiant, Long dire, Long winner, Long gameid) {
        return insert("INSERT INTO game (id, tournament_id, league_id, radiant_team_id, dire_team_id, winning_team_id, gameid)"
                + " VALUES (nextval('game_seq'), ?, ?, ?, ?, ?, ?) RETURNING id", tournament, league, radiant, dire, winner, gameid);
    }

    /** A single number from the database, e.g. a count; null when the row or value is missing. */
    public static Long number(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement query = prepared(db, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A single text from the database; null when the row or value is missing. */
    public static String text(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement query = prepared(db, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static boolean exists(String table, long id) {
        return number("SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) == 1;
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement statement = prepared(db, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        TestData.written();
    }

    private static long insert(String sql, Object... parameters) {
        Long id = number(sql, parameters);
        if (id == null) {
            throw new IllegalStateException("no id from " + sql);
        }
        TestData.written();
        return id;
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
