package gg.pickban.herodraft.entity;

import java.util.Locale;

/** What a round does with its hero. */
public enum ActionType {
    BAN, PICK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionType of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
