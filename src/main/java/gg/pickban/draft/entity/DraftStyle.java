package gg.pickban.draft.entity;

import java.util.List;
import java.util.Locale;

/** How captains take turns (docs/rules.md §4.2): alternating, fixed, or lowest total MMR next. */
public enum DraftStyle {
    SNAKE, NORMAL, SHUFFLE;

    /** The wire values, as the choice field accepts them. */
    public static final List<String> NAMES = List.of("snake", "normal", "shuffle");

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DraftStyle of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
