package gg.pickban.league.entity;

import java.time.Instant;

/** The plain fields of LeagueFull; roles and organization links are changed separately. */
public record LeagueProfile(int steamLeagueId, String name, RichText description, RichText rules, String prizePool,
        String timezone, Instant lastSynced) {

    /** A new league's defaults; the Steam league id and the name are always given. */
    public static final LeagueProfile DEFAULTS = new LeagueProfile(0, "", RichText.EMPTY, RichText.EMPTY, "",
            "America/New_York", null);
}
