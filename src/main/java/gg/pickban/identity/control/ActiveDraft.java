package gg.pickban.identity.control;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One pending action of the caller in {@code current_user.active_drafts} (docs/api.md §4, login):
 * a team-draft pick ({@code gamePk}/{@code herodraftPk} absent) or a hero draft to join.
 */
public record ActiveDraft(
        String type,
        long tournamentPk,
        @JsonbNillable(false) Long gamePk,
        @JsonbNillable(false) Long herodraftPk,
        String draftState) {

    public static ActiveDraft teamDraft(long tournamentPk, String tournamentState) {
        return new ActiveDraft("team_draft", tournamentPk, null, null, tournamentState);
    }

    public static ActiveDraft heroDraft(long tournamentPk, long gamePk, long heroDraftPk, String state) {
        return new ActiveDraft("hero_draft", tournamentPk, gamePk, heroDraftPk, state);
    }
}
