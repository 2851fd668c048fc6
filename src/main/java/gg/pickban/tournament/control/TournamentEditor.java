package gg.pickban.tournament.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.RelatedRows;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tournament writes: reads the writable fields DRF-style (with the {@code league}
 * alias of docs/decisions.md D6), then applies them, the player set last with its side effects (docs/rules.md §3.3). Permission checks
 * sit between the two steps, in the boundary. Callers own the transaction.
 */
@ApplicationScoped
public class TournamentEditor {

    static final String WINNER_TAKEN = "tournament with this winning team already exists.";

    @PersistenceContext
    EntityManager em;

    @Inject
    RelatedRows rows;

    @Inject
    Disbanding disbanding;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int defaultSteamLeagueId;

    /** {@code current} is null on create; raises FieldErrors for every refused field. */
    public TournamentChanges read(Input in, Tournament current) {
        String name = in.field("name").required().maxLength(255).string();
        Instant datePlayed = in.field("date_played").required().datetime();
        String timezone = in.field("timezone").maxLength(50).string();
        String state = in.choice("state", Tournament.STATES);
        String type = in.field("tournament_type").required().maxLength(255).string();
        Long winnerPk = in.field("winning_team").nullable().pk();
        List<Long> playerPks = in.pkList("user_ids");
        String leagueKey = leagueKey(in);
        Long leaguePk = leagueKey == null ? null : in.field(leagueKey).nullable().pk();

        Team winner = rows.one(in, "winning_team", Team.class, winnerPk);
        if (winner != null && winsElsewhere(winner, current)) {
            in.error("winning_team", WINNER_TAKEN);
        }
        List<User> players = rows.all(in, "user_ids", User.class, playerPks);
        League league = leagueKey == null ? null : rows.one(in, leagueKey, League.class, leaguePk);
        in.validate();
        return new TournamentChanges(name, datePlayed, timezone, state, type,
                in.has("winning_team") ? Assigned.to(winner) : null, players,
                leagueKey != null ? Assigned.to(league) : null);
    }

    public Tournament create(TournamentChanges changes) {
        Tournament tournament = new Tournament(changes.name(), changes.datePlayed(), changes.tournamentType(),
                defaultSteamLeagueId);
        applyScalars(tournament, changes);
        tournament.moveToLeague(changes.leagueAfter(null), defaultSteamLeagueId);
        if (changes.players() != null) {
            tournament.registerPlayers(changes.players());
        }
        em.persist(tournament);
        em.flush();
        return tournament;
    }

    public void update(Tournament tournament, TournamentChanges changes) {
        applyScalars(tournament, changes);
        if (changes.league() != null) {
            tournament.moveToLeague(changes.league().value(), defaultSteamLeagueId);
        }
        if (changes.players() != null) {
            disbanding.remove(tournament.replacePlayers(changes.players()));
        }
        em.flush();
    }

    /** Teams, games and the draft go with it (database cascades); players stay. */
    public void delete(Tournament tournament) {
        tournament.declareWinner(null);
        em.flush();
        em.remove(tournament);
        em.flush();
    }

    private void applyScalars(Tournament tournament, TournamentChanges changes) {
        if (changes.name() != null) {
            tournament.rename(changes.name());
        }
        if (changes.datePlayed() != null) {
            tournament.reschedule(changes.datePlayed());
        }
        if (changes.timezone() != null) {
            tournament.changeTimezone(changes.timezone());
        }
        if (changes.state() != null) {
            tournament.changeState(changes.state());
        }
        if (changes.tournamentType() != null) {
            tournament.changeType(changes.tournamentType());
        }
        if (changes.winningTeam() != null) {
            tournament.declareWinner(changes.winningTeam().value());
        }
    }

    /**
     * docs/decisions.md D6: {@code league} stands in for {@code league_id_write} when it is an integer (or numeric
     * text) or null; anything else, e.g. the nested league object sent back, is ignored.
     */
    private static String leagueKey(Input in) {
        if (in.has("league_id_write")) {
            return "league_id_write";
        }
        if (!in.has("league")) {
            return null;
        }
        JsonValue alias = in.json().get("league");
        boolean usable = switch (alias.getValueType()) {
            case NUMBER, NULL -> true;
            case STRING -> in.json().getString("league").trim().matches("[0-9]+");
            default -> false;
        };
        return usable ? "league" : null;
    }

    private boolean winsElsewhere(Team team, Tournament current) {
        return em.createNamedQuery(Tournament.WINNER_ELSEWHERE, Long.class).setParameter("team", team.id())
                .setParameter("tournament", current == null ? -1L : current.id()).getSingleResult() > 0;
    }
}
