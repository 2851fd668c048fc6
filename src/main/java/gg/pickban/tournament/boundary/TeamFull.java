package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Team;
import java.util.List;

/** The team as {@code /api/teams/} returns it; {@code left_members} are user pks (docs/api.md §2, identifiers). */
public record TeamFull(long pk, String name, List<Long> leftMembers, UserMini captain, UserMini deputyCaptain,
        List<UserMini> members, List<UserMini> dropinMembers, int draftOrder, int currentPoints, TournamentBase tournament,
        int totalMmr, Integer placement) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    public static TeamFull from(Team team) {
        return new TeamFull(team.id(), team.name(), team.leftMembers().stream().map(User::id).sorted().toList(),
                TeamInTournament.mini(team.captain()), TeamInTournament.mini(team.deputyCaptain()),
                TeamInTournament.byPk(team.members()), TeamInTournament.byPk(team.dropinMembers()), team.draftOrder(),
                team.currentPoints(), TournamentBase.from(team.tournament()), team.totalMmr(), team.placement());
    }
}
