package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;
import java.util.Comparator;
import java.util.List;

/**
 * DraftTeam on the wire. The hero-draft wire shapes live in control, not next to
 * the resources, because the live socket's {@code initial_state} and the broadcasts render them too.
 */
public record DraftTeamJson(
        long id,
        long tournamentTeam,
        UserMini captain,
        String teamName,
        List<UserMini> members,
        Boolean isFirstPick,
        Boolean isRadiant,
        int reserveTimeRemaining,
        boolean isReady,
        boolean isConnected) {

    public static DraftTeamJson from(DraftTeam team) {
        User captain = team.captain();
        String name = team.tournamentTeam().name();
        return new DraftTeamJson(team.id(), team.tournamentTeam().id(), captain == null ? null : UserMini.of(captain),
                name == null ? "" : name,
                team.tournamentTeam().members().stream().sorted(Comparator.comparing(User::id)).map(UserMini::of).toList(),
                team.isFirstPick(), team.isRadiant(), team.reserveTimeRemaining(), team.isReady(), team.isConnected());
    }
}
