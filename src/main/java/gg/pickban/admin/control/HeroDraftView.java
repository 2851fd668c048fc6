package gg.pickban.admin.control;

import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftEvent;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One hero draft as its staff page shows it: the draft, its two teams and its event log, oldest first. */
public record HeroDraftView(HeroDraftRow draft, List<Team> teams, List<Event> events) implements Serializable {

    /** A side of the draft. */
    public record Team(long id, String name, String captain, Boolean firstPick, Boolean radiant, int reserveMs,
            boolean ready, boolean connected) implements Serializable {

        static Team of(DraftTeam team) {
            return new Team(team.id(), team.tournamentTeam().name(), team.captain() == null ? null : team.captain().username(),
                    team.isFirstPick(), team.isRadiant(), team.reserveTimeRemaining(), team.isReady(), team.isConnected());
        }
    }

    /** An entry of the draft's log. */
    public record Event(long id, Instant at, String type, String team, String metadata) implements Serializable {

        static Event of(HeroDraftEvent event) {
            return new Event(event.id(), event.createdAt(), event.eventType(),
                    event.draftTeam() == null ? null : event.draftTeam().tournamentTeam().name(), event.metadata().toString());
        }
    }

    static HeroDraftView of(HeroDraft draft, List<HeroDraftEvent> events) {
        return new HeroDraftView(HeroDraftRow.of(draft), draft.teams().stream().map(Team::of).toList(),
                events.stream().map(Event::of).toList());
    }

    public boolean isDrafting() {
        return "drafting".equals(draft.state());
    }
}
