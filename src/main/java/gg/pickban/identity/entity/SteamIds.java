package gg.pickban.identity.entity;

/** Steam id arithmetic: a Steam64 id is a fixed base plus the 32-bit account id. */
public final class SteamIds {

    public static final long STEAM64_BASE = 76561197960265728L;

    private SteamIds() {
    }

    public static long accountId(long steam64) {
        return steam64 - STEAM64_BASE;
    }

    public static long steam64(long accountId) {
        return STEAM64_BASE + accountId;
    }
}
