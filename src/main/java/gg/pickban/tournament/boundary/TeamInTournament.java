package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Team;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A team nested in tournaments, games and drafts. */
public record TeamInTournament(long pk, String name, List<UserMini> members, List<UserMini> dropinMembers,
        List<UserMini> leftMembers, UserMini captain, UserMini deputyCaptain, Integer draftOrder, Integer placement) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    public static TeamInTournament from(Team team) {
        return team == null ? null : new TeamInTournament(team.id(), team.name(), byPk(team.members()),
                byPk(team.dropinMembers()), byPk(team.leftMembers()), mini(team.captain()), mini(team.deputyCaptain()),
                team.draftOrder(), team.placement());
    }

    /** Users inside objects are ordered by pk (docs/api.md §2, JSON). */
    static List<UserMini> byPk(Collection<User> users) {
        return users.stream().sorted(Comparator.comparing(User::id)).map(UserMini::of).toList();
    }

    static UserMini mini(User user) {
        return user == null ? null : UserMini.of(user);
    }
}
