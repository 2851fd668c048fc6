package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wipe's order: a table is emptied only after every table whose required keys point at it. */
class DataWipeTest {

    @Test
    void childrenComeBeforeTheTablesTheyRequire() {
        List<String> tables = List.of("users", "tournament", "team", "draft", "draft_round", "hero_draft", "draft_team");
        Map<String, Set<String>> required = Map.of("users", Set.of(), "tournament", Set.of(), "team", Set.of(),
                "draft", Set.of(), "draft_round", Set.of("draft"), "hero_draft", Set.of(),
                "draft_team", Set.of("hero_draft", "team"));
        List<String> order = DataWipe.childrenFirst(tables, required);
        assertEquals(Set.copyOf(tables), Set.copyOf(order));
        assertTrue(order.indexOf("draft_round") < order.indexOf("draft"));
        assertTrue(order.indexOf("draft_team") < order.indexOf("hero_draft"));
        assertTrue(order.indexOf("draft_team") < order.indexOf("team"));
    }

    @Test
    void aCycleOfRequiredKeysIsRefused() {
        assertThrows(IllegalStateException.class, () -> DataWipe.childrenFirst(List.of("a", "b"),
                Map.of("a", Set.of("b"), "b", Set.of("a"))));
    }
}
