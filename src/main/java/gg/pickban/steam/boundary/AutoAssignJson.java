package gg.pickban.steam.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.control.AutoAssign;
import gg.pickban.tournament.entity.Team;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The auto-assign answer; an early exit carries only three keys. */
public final class AutoAssignJson {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** One game's assignment. */
    public record Assignment(long gameId, int gameRound, int gamePosition, String bracketType, long matchId, long startTime,
            String startTimeDisplay, int playerOverlap, String radiantTeam, String direTeam, String radiantCaptain,
            String direCaptain, Integer radiantGameNum, Integer direGameNum, String matchMethod) {

        static Assignment from(AutoAssign.Assignment a) {
            Team radiant = a.game().radiantTeam();
            Team dire = a.game().direTeam();
            return new Assignment(a.game().id(), a.game().round(), a.game().position(), a.game().bracketType(), a.match().matchId(),
                    a.match().startTime(), HOURS_MINUTES.format(Instant.ofEpochSecond(a.match().startTime())), a.overlap(),
                    radiant == null ? null : radiant.name(), dire == null ? null : dire.name(), captain(radiant), captain(dire),
                    a.radiantGameNumber(), a.direGameNumber(), a.method());
        }

        private static String captain(Team team) {
            User captain = team == null ? null : team.captain();
            return captain == null ? null : captain.username();
        }
    }

    private AutoAssignJson() {
    }

    static Map<String, Object> from(AutoAssign.Outcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        List<Assignment> assignments = outcome.assignments().stream().map(Assignment::from).toList();
        answer.put("assignments", assignments);
        answer.put("linked_count", outcome.linkedCount());
        if (outcome.message() != null) {
            answer.put("message", outcome.message());
            return answer;
        }
        answer.put("tournament_date", outcome.tournamentDate().toString());
        answer.put("total_unlinked_games", outcome.totalUnlinkedGames());
        answer.put("total_candidate_matches", outcome.totalCandidateMatches());
        return answer;
    }
}
