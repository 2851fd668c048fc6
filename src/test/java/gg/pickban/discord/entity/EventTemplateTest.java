package gg.pickban.discord.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Templates as staff write, revise and retire them. */
class EventTemplateTest {

    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    @Test
    void aRevisionTakesEveryFieldAndMovesUpdatedAt() {
        EventTemplate template = EventTemplate.of(new EventTemplate.Content("Inhouse", "event", "Inhouse night", "", "#5865F2",
                "123456789012345678", true), null, NOW);
        template.revise(new EventTemplate.Content("News", "announcement", "Patch 7.40", "Read it", "#FF0000",
                "876543210987654321", false), NOW.plusSeconds(60));
        assertEquals("News", template.name());
        assertEquals("announcement", template.templateType());
        assertEquals("Patch 7.40", template.title());
        assertEquals("Read it", template.description());
        assertEquals(0xFF0000, template.colorValue());
        assertEquals("876543210987654321", template.channelId());
        assertFalse(template.includesRsvp());
        assertEquals(NOW.plusSeconds(60), template.updatedAt());
    }

    @Test
    void onlyEventsAndAnnouncementsAreTemplateTypes() {
        EventTemplate template = new EventTemplate("x", "x", "", "1", NOW);
        assertThrows(IllegalArgumentException.class,
                () -> template.revise(new EventTemplate.Content("x", "poll", "x", "", "#000000", "1", true), NOW));
    }

    @Test
    void aRetiredTemplateCanBeBroughtBack() {
        EventTemplate template = new EventTemplate("x", "x", "", "1", NOW);
        assertTrue(template.isActive());
        template.retire(NOW);
        assertFalse(template.isActive());
        template.reinstate(NOW);
        assertTrue(template.isActive());
    }
}
