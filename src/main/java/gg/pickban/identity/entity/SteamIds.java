package gg.pickban.identity.entity;

import java.math.BigInteger;
import java.util.Optional;

/** Steam id arithmetic: a Steam64 id is a fixed base plus the 32-bit account id. */
public final class SteamIds {

    public static final long STEAM64_BASE = 76561197960265728L;
    /** 4294967295 is Steam's "anonymous" marker, not an account. */
    public static final long MAX_ACCOUNT_ID = 4294967294L;

    private SteamIds() {
    }

    public static long accountId(long steam64) {
        return steam64 - STEAM64_BASE;
    }

    public static long steam64(long accountId) {
        return STEAM64_BASE + accountId;
    }

    /**
     * The Steam64 id for what a user typed (docs/decisions.md D11): a 32-bit account id (1 … 4294967294)
     * or a Steam64 id in the individual-account range; empty when it is neither.
     */
    public static Optional<Long> parse(String input) {
        String text = input.trim();
        if (!text.matches("[0-9]{1,20}")) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(BigInteger.ONE) >= 0 && value.compareTo(BigInteger.valueOf(MAX_ACCOUNT_ID)) <= 0) {
            return Optional.of(steam64(value.longValue()));
        }
        if (value.compareTo(BigInteger.valueOf(STEAM64_BASE + 1)) >= 0
                && value.compareTo(BigInteger.valueOf(STEAM64_BASE + MAX_ACCOUNT_ID)) <= 0) {
            return Optional.of(value.longValue());
        }
        return Optional.empty();
    }
}
