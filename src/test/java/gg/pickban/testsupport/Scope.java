package gg.pickban.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One fresh world for one cell of a permission matrix, written straight into the tables: an
 * organization with its owner, admins and staff; a league in it with its admins and staff; a
 * tournament in that league with two teams (captain and deputy of team A, captain of team B), a game
 * between them, a snake draft whose first round is picked and whose current round is team B's
 * captain's; a stored Steam match with a suggestion for that game, and a second game already linked
 * to the match. Each role of {@link RoleMatrix} is a different user; the "…2" users are spare
 * targets for add and remove calls.
 */
public final class Scope {

    public long owner;
    public long orgAdmin;
    public long orgAdmin2;
    public long orgStaff;
    public long orgStaff2;
    public long leagueAdmin;
    public long leagueAdmin2;
    public long leagueStaff;
    public long leagueStaff2;
    public long captain;
    public long deputy;
    public long roundCaptain;
    /** Drafted in the picked round (on team A). */
    public long drafted;
    /** A player of the tournament nobody has drafted yet. */
    public long undrafted;
    /** A user without any role anywhere. */
    public long outsider;
    /** {@code is_superuser} without {@code is_staff}: passes every staff check all the same (docs/decisions.md D3). */
    public long superuser;

    public long organization;
    public long league;
    public int steamLeagueId;
    public long tournament;
    public long teamA;
    public long teamB;
    public long game;
    /** A second game between the teams, already linked to {@link #match}. */
    public long linkedGame;
    public long draft;
    public long pickedRound;
    public long currentRound;
    public long match;
    public long suggestion;

    private boolean nowhere;

    private Scope() {
    }

    /** True for {@link #nowhere()}: calls that arrange more rows must not, as nothing exists to hang them on. */
    public boolean isNowhere() {
        return nowhere;
    }

    public static Scope fresh() {
        Scope s = new Scope();
        boolean written = false;
        try {
            // the fifty-odd rows in one transaction and two round trips (the ids, then every insert) on the held
            // connection, not a new connection and a round trip (and an fsync) each: the permission matrices
            // make hundreds of scopes
            Connection db = TestServices.held();
            db.setAutoCommit(false);
            long[] users;
            long[] teams;
            long[] games;
            long[] rounds;
            try (Statement ids = db.createStatement(); ResultSet row = ids.executeQuery("SELECT"
                    + " ARRAY(SELECT nextval('users_seq') FROM generate_series(1, 16) ORDER BY 1),"
                    + " ARRAY(SELECT nextval('team_seq') FROM generate_series(1, 2) ORDER BY 1),"
                    + " ARRAY(SELECT nextval('game_seq') FROM generate_series(1, 2) ORDER BY 1),"
                    + " ARRAY(SELECT nextval('draft_round_seq') FROM generate_series(1, 2) ORDER BY 1),"
                    + " nextval('organization_seq'), nextval('league_seq'), nextval('tournament_seq'), nextval('draft_seq'),"
                    + " nextval('steam_suggestion_seq')")) {
                row.next();
                users = longs(row.getArray(1));
                teams = longs(row.getArray(2));
                games = longs(row.getArray(3));
                rounds = longs(row.getArray(4));
                s.organization = row.getLong(5);
                s.league = row.getLong(6);
                s.tournament = row.getLong(7);
                s.draft = row.getLong(8);
                s.suggestion = row.getLong(9);
            }
            s.owner = users[0];
            s.orgAdmin = users[1];
            s.orgAdmin2 = users[2];
            s.orgStaff = users[3];
            s.orgStaff2 = users[4];
            s.leagueAdmin = users[5];
            s.leagueAdmin2 = users[6];
            s.leagueStaff = users[7];
            s.leagueStaff2 = users[8];
            s.captain = users[9];
            s.deputy = users[10];
            s.roundCaptain = users[11];
            s.drafted = users[12];
            s.undrafted = users[13];
            s.outsider = users[14];
            s.superuser = users[15];
            s.teamA = teams[0];
            s.teamB = teams[1];
            s.game = games[0];
            s.linkedGame = games[1];
            s.pickedRound = rounds[0];
            s.currentRound = rounds[1];
            s.steamLeagueId = freshSteamLeagueId();
            s.match = FakeSteam.freshId();
            Timestamp now = Timestamp.from(Instant.now());

            Batch batch = new Batch();
            String[] prefixes = {"owner", "orgadmin", "orgadmin2", "orgstaff", "orgstaff2", "leagueadmin", "leagueadmin2",
                "leaguestaff", "leaguestaff2", "captain", "deputy", "roundcaptain", "drafted", "undrafted", "outsider", "superuser"};
            StringBuilder userRows = new StringBuilder();
            List<Object> userValues = new ArrayList<>();
            for (int i = 0; i < users.length; i++) {
                userRows.append(i == 0 ? "" : ", ").append("(?, ?, ?, 1, 2, 3, 4, 5)");
                userValues.addAll(List.of(users[i], TestData.unique("mx_" + prefixes[i]), now));
            }
            batch.add("INSERT INTO users (id, username, date_joined, pos_carry, pos_mid, pos_offlane, pos_soft_support,"
                    + " pos_hard_support) VALUES " + userRows, userValues.toArray());
            batch.add("UPDATE users SET is_superuser = TRUE, is_staff = FALSE WHERE id = ?", s.superuser);

            batch.add("INSERT INTO organization (id, name, discord_server_id, owner_id, created_at, updated_at)"
                    + " VALUES (?, ?, '734185035623825559', ?, ?, ?)", s.organization, TestData.unique("Matrix Org"), s.owner, now, now);
            batch.add("INSERT INTO organization_admins (organization_id, user_id) VALUES (?, ?), (?, ?)",
                    s.organization, s.orgAdmin, s.organization, s.orgAdmin2);
            batch.add("INSERT INTO organization_staff (organization_id, user_id) VALUES (?, ?), (?, ?)",
                    s.organization, s.orgStaff, s.organization, s.orgStaff2);

            batch.add("INSERT INTO league (id, steam_league_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    s.league, s.steamLeagueId, TestData.unique("Matrix League"), now, now);
            batch.add("INSERT INTO league_organizations (league_id, organization_id) VALUES (?, ?)", s.league, s.organization);
            batch.add("INSERT INTO league_admins (league_id, user_id) VALUES (?, ?), (?, ?)", s.league, s.leagueAdmin, s.league, s.leagueAdmin2);
            batch.add("INSERT INTO league_staff (league_id, user_id) VALUES (?, ?), (?, ?)", s.league, s.leagueStaff, s.league, s.leagueStaff2);

            batch.add("INSERT INTO tournament (id, name, date_played, league_id, steam_league_id) VALUES (?, ?, ?, ?, ?)",
                    s.tournament, TestData.unique("Matrix Cup"), now, s.league, s.steamLeagueId);
            batch.add("INSERT INTO tournament_users (tournament_id, user_id) VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)",
                    s.tournament, s.captain, s.tournament, s.deputy, s.tournament, s.roundCaptain, s.tournament, s.drafted,
                    s.tournament, s.undrafted);
            batch.add("INSERT INTO team (id, tournament_id, name, captain_id, deputy_captain_id, draft_order) VALUES (?, ?, ?, ?, ?, 1)",
                    s.teamA, s.tournament, TestData.unique("Team A"), s.captain, s.deputy);
            batch.add("INSERT INTO team (id, tournament_id, name, captain_id, draft_order) VALUES (?, ?, ?, ?, 2)",
                    s.teamB, s.tournament, TestData.unique("Team B"), s.roundCaptain);
            batch.add("INSERT INTO team_members (team_id, user_id) VALUES (?, ?), (?, ?), (?, ?), (?, ?)",
                    s.teamA, s.captain, s.teamA, s.deputy, s.teamA, s.drafted, s.teamB, s.roundCaptain);
            batch.add("INSERT INTO game (id, tournament_id, radiant_team_id, dire_team_id) VALUES (?, ?, ?, ?)",
                    s.game, s.tournament, s.teamA, s.teamB);

            batch.add("INSERT INTO draft (id, tournament_id, draft_style) VALUES (?, ?, 'snake')", s.draft, s.tournament);
            batch.add("INSERT INTO draft_round (id, draft_id, captain_id, pick_number, pick_phase, choice_id) VALUES (?, ?, ?, 1, 1, ?)",
                    s.pickedRound, s.draft, s.captain, s.drafted);
            batch.add("INSERT INTO draft_round (id, draft_id, captain_id, pick_number, pick_phase) VALUES (?, ?, ?, 2, 1)",
                    s.currentRound, s.draft, s.roundCaptain);

            batch.add("INSERT INTO steam_match (match_id, radiant_win, duration, start_time, league_id) VALUES (?, TRUE, 2400, ?, ?)",
                    s.match, Instant.now().getEpochSecond(), s.steamLeagueId);
            batch.add("INSERT INTO game (id, tournament_id, radiant_team_id, dire_team_id, gameid, round) VALUES (?, ?, ?, ?, ?, 2)",
                    s.linkedGame, s.tournament, s.teamA, s.teamB, s.match);
            batch.add("INSERT INTO steam_game_match_suggestion (id, game_id, match_id, tournament_id, confidence_score,"
                    + " player_overlap, created_at) VALUES (?, ?, ?, ?, 0.5, 5, ?)", s.suggestion, s.game, s.match, s.tournament, now);
            batch.run(db);
            db.commit();
            db.setAutoCommit(true);
            written = true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!written) {
                TestServices.dropHeld();
            }
        }
        TestData.written();
        return s;
    }

    /** Statements sent to the server together: one round trip for all of them. */
    private static final class Batch {

        private final List<String> statements = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(String sql, Object... values) {
            statements.add(sql);
            parameters.addAll(List.of(values));
        }

        void run(Connection db) throws SQLException {
            try (PreparedStatement statement = prepared(db, String.join(";\n", statements), parameters.toArray())) {
                statement.execute();
            }
        }
    }

    private static long[] longs(java.sql.Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = ((Number) values[i]).longValue();
        }
        return longs;
    }

    /**
     * A scope whose every id names nothing: for checking that anonymous callers are refused before
     * any lookup (docs/rules.md §2.2).
     */
    public static Scope nowhere() {
        Scope s = new Scope();
        s.nowhere = true;
        long missing = 2_000_000_000L;
        s.owner = s.orgAdmin = s.orgAdmin2 = s.orgStaff = s.orgStaff2 = missing;
        s.leagueAdmin = s.leagueAdmin2 = s.leagueStaff = s.leagueStaff2 = missing;
        s.captain = s.deputy = s.roundCaptain = s.drafted = s.undrafted = s.outsider = s.superuser = missing;
        s.organization = s.league = s.tournament = s.teamA = s.teamB = s.game = s.linkedGame = missing;
        s.draft = s.pickedRound = s.currentRound = s.suggestion = missing;
        s.match = 9_000_000_000L;
        s.steamLeagueId = 2_100_000_000;
        return s;
    }

    /** The user who holds this role here; null for the site-wide roles. */
    public Long holder(RoleMatrix.Role role) {
        return switch (role) {
            case ORG_OWNER -> owner;
            case ORG_ADMIN -> orgAdmin;
            case ORG_STAFF -> orgStaff;
            case LEAGUE_ADMIN -> leagueAdmin;
            case LEAGUE_STAFF -> leagueStaff;
            case CAPTAIN -> captain;
            case DEPUTY -> deputy;
            case ROUND_CAPTAIN -> roundCaptain;
            case BARE_SUPERUSER -> superuser;
            default -> null;
        };
    }

    /** A Steam league id no other test uses (in practice). */
    public static int freshSteamLeagueId() {
        return ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000_000);
    }

    /** A fresh user without any role, e.g. the target of an add call. */
    public static long newUser() {
        try (Connection db = TestServices.database()) {
            long pk = user(db, "target");
            TestData.written();
            return pk;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long user(Connection db, String prefix) throws SQLException {
        return id(db, "INSERT INTO users (id, username, date_joined, pos_carry, pos_mid, pos_offlane, pos_soft_support,"
                + " pos_hard_support) VALUES (nextval('users_seq'), ?, ?, 1, 2, 3, 4, 5) RETURNING id",
                TestData.unique("mx_" + prefix), Timestamp.from(Instant.now()));
    }

    private static long id(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
