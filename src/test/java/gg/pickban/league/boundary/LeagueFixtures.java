package gg.pickban.league.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.Reply;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Arranging organizations, leagues, tournaments and games for the league ITs: through the API where
 * it exists, straight into the tables where it does not (tournaments and games), and reading the
 * tables back to check what an endpoint left behind.
 */
final class LeagueFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() / 1000 % 100_000_000));

    static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";
    static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";

    private LeagueFixtures() {
    }

    /** A Steam league id no other test uses. */
    static int steamLeagueId() {
        return 200_000_000 + SERIAL.incrementAndGet();
    }

    static long user(String prefix) {
        return TestData.insertUser(TestData.unique(prefix), null, null, null, null, Instant.now());
    }

    /** Created by staff through the API; {@code fields} are extra JSON members, e.g. {@code "owner_id": 5}. */
    static long organization(Api staff, String name, String fields) {
        Reply reply = staff.post("/api/organizations/", "{\"name\": \"" + name + "\"" + (fields.isEmpty() ? "" : ", " + fields) + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.object().getJsonNumber("pk").longValue();
    }

    static long organization(Api staff, String name) {
        return organization(staff, name, "");
    }

    /** Created by staff through the API in the given organizations. */
    static long league(Api staff, String name, long... organizationIds) {
        List<String> ids = new ArrayList<>();
        for (long id : organizationIds) {
            ids.add(Long.toString(id));
        }
        Reply reply = staff.post("/api/leagues/", "{\"name\": \"" + name + "\", \"steam_league_id\": " + steamLeagueId()
                + ", \"organization_ids\": [" + String.join(", ", ids) + "]}");
        assertEquals(201, reply.status(), reply.body());
        return reply.object().getJsonNumber("pk").longValue();
    }

    static long tournament(String name, Long leagueId) {
        return insert("INSERT INTO tournament (id, name, date_played, league_id, steam_league_id)"
                + " VALUES (nextval('tournament_seq'), ?, ?, ?, 17929) RETURNING id", name, Timestamp.from(Instant.now()), leagueId);
    }

    /** A game attached directly to a league (and optionally a tournament). */
    static long game(Long tournamentId, Long leagueId) {
        return insert("INSERT INTO game (id, tournament_id, league_id) VALUES (nextval('game_seq'), ?, ?) RETURNING id",
                tournamentId, leagueId);
    }

    /** The first column of the first row, or null when there is no row. */
    static Object value(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as pks. */
    static List<Long> pks(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            List<Long> pks = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pks.add(rows.getLong(1));
                }
            }
            return pks;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit rows of an organization or league ({@code scope} is its column), as "action actor target". */
    static List<String> auditLog(String scope, long id) {
        try (Connection db = TestServices.database(); PreparedStatement query = db.prepareStatement(
                "SELECT action, actor_id, target_user_id FROM admin_log WHERE " + scope + " = ? ORDER BY id")) {
            query.setLong(1, id);
            List<String> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getLong(3));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }

    static void execute(String sql, Object... parameters) {
        try (Connection db = TestServices.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        TestData.written();
    }

    private static long insert(String sql, Object... parameters) {
        long id = ((Number) value(sql, parameters)).longValue();
        TestData.written();
        return id;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
