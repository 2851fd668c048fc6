package gg.pickban.herodraft.entity;

import java.util.Arrays;
import java.util.Locale;

/** The eight states of a hero draft (docs/rules.md §5.1); the wire value is the lower-case name. */
public enum HeroDraftState {
    WAITING_FOR_CAPTAINS, ROLLING, CHOOSING, DRAFTING, PAUSED, RESUMING, COMPLETED, ABANDONED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HeroDraftState of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hero draft state " + wire));
    }

    /** Completed and abandoned drafts never change again (except through a reset). */
    public boolean isTerminal() {
        return this == COMPLETED || this == ABANDONED;
    }

    /** States in which the one-second clock runs (docs/rules.md §5.9). */
    public boolean isClocked() {
        return this == DRAFTING || this == RESUMING;
    }
}
