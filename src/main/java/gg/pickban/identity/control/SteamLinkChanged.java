package gg.pickban.identity.control;

/** A user linked (or, with null, unlinked) a Steam account; the Steam component relinks its player rows. */
public record SteamLinkChanged(long userId, Long steam64) {
}
