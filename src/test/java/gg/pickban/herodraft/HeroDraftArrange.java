package gg.pickban.herodraft;

import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import java.time.Instant;

/** A tournament in a league with two captained teams (two members each) and a game between them, written over JDBC. */
public record HeroDraftArrange(long league, long tournament, long captainA, long captainB, long memberA, long memberB,
        long teamA, long teamB, long game) {

    public static HeroDraftArrange arrange() {
        long league = Fixtures.league(TestData.unique("hdl"));
        long tournament = Fixtures.tournament(TestData.unique("hdt"), Instant.now(), league);
        long captainA = Fixtures.user(4000);
        long captainB = Fixtures.user(3000);
        long memberA = Fixtures.user(2000);
        long memberB = Fixtures.user(1000);
        long teamA = Fixtures.team(tournament, TestData.unique("Alpha"), captainA, null);
        long teamB = Fixtures.team(tournament, TestData.unique("Beta"), captainB, null);
        Fixtures.member(teamA, captainA);
        Fixtures.member(teamA, memberA);
        Fixtures.member(teamB, captainB);
        Fixtures.member(teamB, memberB);
        long game = Fixtures.game(tournament, null, teamA, teamB, null, null);
        return new HeroDraftArrange(league, tournament, captainA, captainB, memberA, memberB, teamA, teamB, game);
    }

    public String create() {
        return "/api/games/" + game + "/create-herodraft/";
    }
}
