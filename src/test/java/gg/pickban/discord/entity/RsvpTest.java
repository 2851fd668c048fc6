package gg.pickban.discord.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The RSVP button rule: a click answers, switches, or — on the answer already given — takes it back. */
class RsvpTest {

    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    @Test
    void aFirstClickIsTheAnswer() {
        assertEquals(Optional.of("yes"), Rsvp.afterClick(null, "yes"));
        assertEquals(Optional.of("no"), Rsvp.afterClick(null, "no"));
    }

    @Test
    void anotherButtonSwitchesTheAnswer() {
        assertEquals(Optional.of("maybe"), Rsvp.afterClick("yes", "maybe"));
        assertEquals(Optional.of("yes"), Rsvp.afterClick("no", "yes"));
    }

    @Test
    void theSameButtonAgainTakesTheAnswerBack() {
        for (String status : new String[] {"yes", "maybe", "no"}) {
            assertEquals(Optional.empty(), Rsvp.afterClick(status, status), status);
        }
    }

    @Test
    void onlyTheThreeAnswersExist() {
        assertThrows(IllegalArgumentException.class, () -> Rsvp.afterClick(null, "YES"));
        assertThrows(IllegalArgumentException.class, () -> Rsvp.afterClick("yes", "later"));
    }

    @Test
    void anAnswerKeepsTheNameTheUserGoesByNowCutToTheColumn() {
        Rsvp rsvp = new Rsvp(null, "42", "old nick", "yes", NOW);
        rsvp.answer("no", "n".repeat(150), NOW.plusSeconds(5));
        assertEquals("no", rsvp.status());
        assertEquals(100, rsvp.discordUsername().length());
        assertEquals(NOW.plusSeconds(5), rsvp.respondedAt());
    }
}
