package gg.pickban.tournament.control;

import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.RelatedRows;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Game writes: reads the GameFull fields, then applies them — {@code radiant_team_id}
 * to the radiant slot (docs/decisions.md D7). Bracket fields keep the model defaults. Callers own the transaction
 * and check CanManageGame between the two steps.
 */
@ApplicationScoped
public class GameEditor {

    @PersistenceContext
    EntityManager em;

    @Inject
    RelatedRows rows;

    public GameChanges read(Input in) {
        Long tournamentPk = in.field("tournament_id").nullable().pk();
        Long radiantPk = in.field("radiant_team_id").nullable().pk();
        Long direPk = in.field("dire_team_id").nullable().pk();
        Long winnerPk = in.field("winning_team_id").nullable().pk();
        Long gameid = in.field("gameid").nullable().longInteger();
        Integer round = in.integer("round");

        Tournament tournament = rows.one(in, "tournament_id", Tournament.class, tournamentPk);
        Team radiant = rows.one(in, "radiant_team_id", Team.class, radiantPk);
        Team dire = rows.one(in, "dire_team_id", Team.class, direPk);
        Team winner = rows.one(in, "winning_team_id", Team.class, winnerPk);
        in.validate();
        return new GameChanges(assigned(in, "tournament_id", tournament), assigned(in, "radiant_team_id", radiant),
                assigned(in, "dire_team_id", dire), assigned(in, "winning_team_id", winner),
                assigned(in, "gameid", gameid), round);
    }

    public Game create(GameChanges changes) {
        Game game = new Game(null);
        apply(game, changes);
        em.persist(game);
        em.flush();
        return game;
    }

    public void update(Game game, GameChanges changes) {
        apply(game, changes);
        em.flush();
    }

    /** Its hero draft and match suggestions go with it; links to it become null (database rules). */
    public void delete(Game game) {
        em.remove(game);
        em.flush();
    }

    private static void apply(Game game, GameChanges changes) {
        if (changes.tournament() != null) {
            game.moveTo(changes.tournament().value());
        }
        if (changes.radiantTeam() != null) {
            game.assignRadiant(changes.radiantTeam().value());
        }
        if (changes.direTeam() != null) {
            game.assignDire(changes.direTeam().value());
        }
        if (changes.winningTeam() != null) {
            game.declareWinner(changes.winningTeam().value());
        }
        if (changes.steamMatchId() != null) {
            game.recordSteamMatch(changes.steamMatchId().value());
        }
        if (changes.round() != null) {
            game.moveToRound(changes.round());
        }
    }

    private static <T> Assigned<T> assigned(Input in, String key, T value) {
        return in.has(key) ? Assigned.to(value) : null;
    }
}
