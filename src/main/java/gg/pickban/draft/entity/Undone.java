package gg.pickban.draft.entity;

import gg.pickban.tournament.entity.Disbanded;

/** What an undo wrote: its pick_undone event, and the team (with its games) it left empty, to be deleted. */
public record Undone(DraftEvent event, Disbanded disbanded) {
}
