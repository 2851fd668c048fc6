package gg.pickban.draft.entity;

import java.util.List;

/** What a pick wrote: its events (player_picked, then any shuffle assignment's) and the tie it settled, or null. */
public record Picked(List<DraftEvent> events, TieRoll tie) {

    public Picked {
        events = List.copyOf(events);
    }
}
