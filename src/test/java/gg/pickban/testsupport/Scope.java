package gg.pickban.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
        try (Connection db = TestServices.database()) {
            // one commit for the fifty-odd rows, not one (and an fsync) each: half the time of a scope, and the
            // permission matrices make about 1,100 of them
            db.setAutoCommit(false);
            s.owner = user(db, "owner");
            s.orgAdmin = user(db, "orgadmin");
            s.orgAdmin2 = user(db, "orgadmin2");
            s.orgStaff = user(db, "orgstaff");
            s.orgStaff2 = user(db, "orgstaff2");
            s.leagueAdmin = user(db, "leagueadmin");
            s.leagueAdmin2 = user(db, "leagueadmin2");
            s.leagueStaff = user(db, "leaguestaff");
            s.leagueStaff2 = user(db, "leaguestaff2");
            s.captain = user(db, "captain");
            s.deputy = user(db, "deputy");
            s.roundCaptain = user(db, "roundcaptain");
            s.drafted = user(db, "drafted");
            s.undrafted = user(db, "undrafted");
            s.outsider = user(db, "outsider");
            s.superuser = user(db, "superuser");
            run(db, "UPDATE users SET is_superuser = TRUE, is_staff = FALSE WHERE id = ?", s.superuser);
            Timestamp now = Timestamp.from(Instant.now());

            s.organization = id(db, "INSERT INTO organization (id, name, discord_server_id, owner_id, created_at, updated_at)"
                    + " VALUES (nextval('organization_seq'), ?, '734185035623825559', ?, ?, ?) RETURNING id",
                    TestData.unique("Matrix Org"), s.owner, now, now);
            for (long admin : new long[] {s.orgAdmin, s.orgAdmin2}) {
                run(db, "INSERT INTO organization_admins (organization_id, user_id) VALUES (?, ?)", s.organization, admin);
            }
            for (long staff : new long[] {s.orgStaff, s.orgStaff2}) {
                run(db, "INSERT INTO organization_staff (organization_id, user_id) VALUES (?, ?)", s.organization, staff);
            }

            s.steamLeagueId = freshSteamLeagueId();
            s.league = id(db, "INSERT INTO league (id, steam_league_id, name, created_at, updated_at)"
                    + " VALUES (nextval('league_seq'), ?, ?, ?, ?) RETURNING id", s.steamLeagueId, TestData.unique("Matrix League"), now, now);
            run(db, "INSERT INTO league_organizations (league_id, organization_id) VALUES (?, ?)", s.league, s.organization);
            for (long admin : new long[] {s.leagueAdmin, s.leagueAdmin2}) {
                run(db, "INSERT INTO league_admins (league_id, user_id) VALUES (?, ?)", s.league, admin);
            }
            for (long staff : new long[] {s.leagueStaff, s.leagueStaff2}) {
                run(db, "INSERT INTO league_staff (league_id, user_id) VALUES (?, ?)", s.league, staff);
            }

            s.tournament = id(db, "INSERT INTO tournament (id, name, date_played, league_id, steam_league_id)"
                    + " VALUES (nextval('tournament_seq'), ?, ?, ?, ?) RETURNING id", TestData.unique("Matrix Cup"), now, s.league,
                    s.steamLeagueId);
            for (long player : new long[] {s.captain, s.deputy, s.roundCaptain, s.drafted, s.undrafted}) {
                run(db, "INSERT INTO tournament_users (tournament_id, user_id) VALUES (?, ?)", s.tournament, player);
            }
            s.teamA = id(db, "INSERT INTO team (id, tournament_id, name, captain_id, deputy_captain_id, draft_order)"
                    + " VALUES (nextval('team_seq'), ?, ?, ?, ?, 1) RETURNING id", s.tournament, TestData.unique("Team A"), s.captain, s.deputy);
            s.teamB = id(db, "INSERT INTO team (id, tournament_id, name, captain_id, draft_order)"
                    + " VALUES (nextval('team_seq'), ?, ?, ?, 2) RETURNING id", s.tournament, TestData.unique("Team B"), s.roundCaptain);
            for (long member : new long[] {s.captain, s.deputy, s.drafted}) {
                run(db, "INSERT INTO team_members (team_id, user_id) VALUES (?, ?)", s.teamA, member);
            }
            run(db, "INSERT INTO team_members (team_id, user_id) VALUES (?, ?)", s.teamB, s.roundCaptain);
            s.game = id(db, "INSERT INTO game (id, tournament_id, radiant_team_id, dire_team_id)"
                    + " VALUES (nextval('game_seq'), ?, ?, ?) RETURNING id", s.tournament, s.teamA, s.teamB);

            s.draft = id(db, "INSERT INTO draft (id, tournament_id, draft_style) VALUES (nextval('draft_seq'), ?, 'snake') RETURNING id",
                    s.tournament);
            s.pickedRound = id(db, "INSERT INTO draft_round (id, draft_id, captain_id, pick_number, pick_phase, choice_id)"
                    + " VALUES (nextval('draft_round_seq'), ?, ?, 1, 1, ?) RETURNING id", s.draft, s.captain, s.drafted);
            s.currentRound = id(db, "INSERT INTO draft_round (id, draft_id, captain_id, pick_number, pick_phase)"
                    + " VALUES (nextval('draft_round_seq'), ?, ?, 2, 1) RETURNING id", s.draft, s.roundCaptain);

            s.match = FakeSteam.freshId();
            run(db, "INSERT INTO steam_match (match_id, radiant_win, duration, start_time, league_id) VALUES (?, TRUE, 2400, ?, ?)",
                    s.match, Instant.now().getEpochSecond(), s.steamLeagueId);
            s.linkedGame = id(db, "INSERT INTO game (id, tournament_id, radiant_team_id, dire_team_id, gameid, round)"
                    + " VALUES (nextval('game_seq'), ?, ?, ?, ?, 2) RETURNING id", s.tournament, s.teamA, s.teamB, s.match);
            s.suggestion = id(db, "INSERT INTO steam_game_match_suggestion (id, game_id, match_id, tournament_id, confidence_score,"
                    + " player_overlap, created_at) VALUES (nextval('steam_suggestion_seq'), ?, ?, ?, 0.5, 5, ?) RETURNING id",
                    s.game, s.match, s.tournament, now);
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        TestData.written();
        return s;
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

    private static void run(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(db, sql, parameters)) {
            statement.executeUpdate();
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
