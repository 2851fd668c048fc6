package gg.pickban.draft.entity;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * How a shuffle tie was settled (docs/rules.md §4.3): every team tied at the lowest total (team pk order),
 * each round of d6 rolls among those still in contention, and the winning team. Stored as
 * {@code tie_roll_data}, answered as {@code tie_resolution}.
 */
public record TieRoll(List<TiedTeam> tiedTeams, List<List<Roll>> rollRounds, long winnerId) {

    /** A tied team: its pk, name and total MMR. */
    public record TiedTeam(long id, String name, int mmr) {
    }

    public record Roll(long teamId, int roll) {
    }

    public TieRoll {
        tiedTeams = List.copyOf(tiedTeams);
        rollRounds = rollRounds.stream().map(List::copyOf).toList();
    }

    public JsonObject toJson() {
        return Jsonp.createObjectBuilder()
                .add("tied_teams", tiedTeamsJson())
                .add("roll_rounds", rollRoundsJson())
                .add("winner_id", winnerId)
                .build();
    }

    JsonArray tiedTeamsJson() {
        JsonArrayBuilder teams = Jsonp.createArrayBuilder();
        tiedTeams.forEach(team -> teams.add(Jsonp.createObjectBuilder()
                .add("id", team.id()).add("name", team.name()).add("mmr", team.mmr())));
        return teams.build();
    }

    JsonArray rollRoundsJson() {
        JsonArrayBuilder rounds = Jsonp.createArrayBuilder();
        for (List<Roll> rolls : rollRounds) {
            JsonArrayBuilder round = Jsonp.createArrayBuilder();
            rolls.forEach(roll -> round.add(Jsonp.createObjectBuilder().add("team_id", roll.teamId()).add("roll", roll.roll())));
            rounds.add(round);
        }
        return rounds.build();
    }
}
