package gg.pickban.tournament.control;

import gg.pickban.tournament.entity.Disbanded;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Deletes teams together with every game that references them (docs/rules.md §3.1, §3.3). */
@ApplicationScoped
public class Disbanding {

    @PersistenceContext
    EntityManager em;

    public void delete(Team team) {
        Disbanded fromTournament = team.tournament() != null ? team.tournament().disband(team)
                : new Disbanded(List.of(team), List.of());
        List<Game> anywhere = em.createNamedQuery(Game.OF_TEAM, Game.class).setParameter("team", team).getResultList();
        remove(fromTournament.and(new Disbanded(List.of(), anywhere)));
    }

    /** Rows a rule already took out of their tournament. */
    public void remove(Disbanded disbanded) {
        disbanded.games().forEach(em::remove);
        disbanded.teams().forEach(em::remove);
    }
}
