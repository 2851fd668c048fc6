package gg.pickban.steam.boundary;

/** The answer of relink-users: how many player rows got their user. */
public record LinkedCount(int linkedCount) {
}
