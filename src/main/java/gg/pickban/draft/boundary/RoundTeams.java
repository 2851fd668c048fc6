package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.tournament.boundary.TeamInTournament;
import gg.pickban.tournament.entity.Team;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The teams of one draft rendered once each, however many rounds name them. */
final class RoundTeams {

    private final Draft draft;
    private final Map<Long, TeamInTournament> rendered = new HashMap<>();

    RoundTeams(Draft draft) {
        this.draft = draft;
    }

    TeamInTournament of(DraftRound round) {
        Team team = draft.teamOf(round);
        return team == null ? null : rendered.computeIfAbsent(team.id(), id -> TeamInTournament.from(team));
    }

    List<TeamInTournament> byPk() {
        return draft.tournament().teams().stream().sorted(Comparator.comparing(Team::id))
                .map(team -> rendered.computeIfAbsent(team.id(), id -> TeamInTournament.from(team))).toList();
    }
}
