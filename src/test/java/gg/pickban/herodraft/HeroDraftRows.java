package gg.pickban.herodraft;

import gg.pickban.herodraft.entity.CaptainsMode;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A hero draft written straight into the test database, in the state a test needs: two captained
 * teams of a fresh tournament's game, DraftTeams radiant-slot first (the first one picks first), and
 * for {@code drafting} the 24 rounds with round 1 active since {@code roundStarted}.
 */
public record HeroDraftRows(long draftId, long captainA, long captainB, long teamA, long teamB) {

    public static HeroDraftRows waiting() {
        return create("waiting_for_captains", null);
    }

    public static HeroDraftRows drafting(Instant roundStarted) {
        return create("drafting", roundStarted);
    }

    private static HeroDraftRows create(String state, Instant roundStarted) {
        long captainA = Fixtures.user(3000);
        long captainB = Fixtures.user(3000);
        long tournament = Fixtures.tournament(TestData.unique("hd"), Instant.now(), null);
        long radiant = Fixtures.team(tournament, TestData.unique("radiant"), captainA, null);
        long dire = Fixtures.team(tournament, TestData.unique("dire"), captainB, null);
        Fixtures.member(radiant, captainA);
        Fixtures.member(dire, captainB);
        long game = Fixtures.game(tournament, null, radiant, dire, null, null);
        Timestamp now = Timestamp.from(Instant.now());
        long draft = Fixtures.number("INSERT INTO hero_draft (id, game_id, state, created_at, updated_at)"
                + " VALUES (nextval('hero_draft_seq'), ?, ?, ?, ?) RETURNING id", game, state, now, now);
        boolean decided = roundStarted != null;
        long teamA = Fixtures.number("INSERT INTO draft_team (id, draft_id, tournament_team_id, is_first_pick, is_radiant, is_ready)"
                + " VALUES (nextval('draft_team_seq'), ?, ?, ?, ?, ?) RETURNING id", draft, radiant,
                decided ? true : null, decided ? true : null, decided);
        long teamB = Fixtures.number("INSERT INTO draft_team (id, draft_id, tournament_team_id, is_first_pick, is_radiant, is_ready)"
                + " VALUES (nextval('draft_team_seq'), ?, ?, ?, ?, ?) RETURNING id", draft, dire,
                decided ? false : null, decided ? false : null, decided);
        if (decided) {
            for (CaptainsMode.Step step : CaptainsMode.STEPS) {
                boolean first = step.roundNumber() == 1;
                Fixtures.execute("INSERT INTO hero_draft_round (id, draft_id, draft_team_id, round_number, action_type, state, started_at)"
                        + " VALUES (nextval('hero_draft_round_seq'), ?, ?, ?, ?, ?, ?)", draft,
                        step.firstPickTeam() ? teamA : teamB, step.roundNumber(), step.action().name().toLowerCase(),
                        first ? "active" : "planned", first ? Timestamp.from(roundStarted) : null);
            }
        }
        TestData.written();
        return new HeroDraftRows(draft, captainA, captainB, teamA, teamB);
    }

    public String path() {
        return "/api/herodraft/" + draftId + "/";
    }

    public String state() {
        return Fixtures.text("SELECT state FROM hero_draft WHERE id = ?", draftId);
    }

    public boolean connected(long draftTeam) {
        return Fixtures.number("SELECT CASE WHEN is_connected THEN 1 ELSE 0 END FROM draft_team WHERE id = ?", draftTeam) == 1;
    }

    public long events(String type) {
        return Fixtures.number("SELECT COUNT(*) FROM hero_draft_event WHERE draft_id = ? AND event_type = ?", draftId, type);
    }

    public long heroesChosen() {
        return Fixtures.number("SELECT COUNT(*) FROM hero_draft_round WHERE draft_id = ? AND hero_id IS NOT NULL", draftId);
    }
}
