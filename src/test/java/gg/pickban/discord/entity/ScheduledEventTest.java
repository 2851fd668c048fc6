package gg.pickban.discord.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The scheduler's rules of docs/rules.md §8.4 and docs/decisions.md D45, with worked scenarios. */
class ScheduledEventTest {

    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static ScheduledEvent event(Instant nextPostAt, boolean recurring) {
        return new ScheduledEvent(new EventTemplate("weekly", "Inhouse night", "Bring snacks", "1234", NOW), nextPostAt,
                recurring, NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void anEventDueFiveMinutesAgoIsPostedOnceAndKeepsItsMessageId() {
        Instant due = NOW.minus(Duration.ofMinutes(5));
        ScheduledEvent event = event(due, false);
        assertTrue(event.claim(due, NOW, LEASE));
        Occurrence occurrence = event.posted(due, "1234", "999888777", NOW);
        assertEquals("999888777", occurrence.discordMessageId());
        assertEquals("1234", occurrence.channelId());
        assertEquals(NOW, occurrence.postedAt());
        assertEquals("999888777", event.discordMessageId());
        assertFalse(event.isActive(), "a one-off is done");
        assertFalse(event.claim(due, NOW.plusSeconds(60), LEASE), "and never posted again");
    }

    @Test
    void anEventDueInAnHourIsNotPosted() {
        Instant due = NOW.plus(Duration.ofHours(1));
        ScheduledEvent event = event(due, true);
        assertFalse(event.isDue(NOW));
        assertFalse(event.claim(due, NOW, LEASE));
        assertTrue(event.isDue(due), "due exactly at its time");
    }

    @Test
    void aRecurringEventDueFiveMinutesAgoMovesSevenDaysOn() {
        Instant due = NOW.minus(Duration.ofMinutes(5));
        ScheduledEvent event = event(due, true);
        assertTrue(event.claim(due, NOW, LEASE));
        event.posted(due, "1234", "1", NOW);
        assertEquals(due.plus(Duration.ofDays(7)), event.nextPostAt());
        assertTrue(event.isActive());
        assertNull(event.claimedUntil(), "the next slot is free to claim when it comes");
    }

    @Test
    void missedWeeksAreSkippedNotPostedOneByOne() {
        Instant due = NOW.minus(Duration.ofDays(15));
        ScheduledEvent event = event(due, true);
        assertTrue(event.claim(due, NOW, LEASE));
        event.posted(due, "1234", "1", NOW);
        assertEquals(due.plus(Duration.ofDays(21)), event.nextPostAt());
        assertFalse(event.isDue(NOW));
    }

    @Test
    void theNextSlotIsTheFirstStrictlyInTheFuture() {
        Instant slot = Instant.parse("2026-01-01T20:00:00Z");
        assertEquals(slot.plus(Duration.ofDays(7)), ScheduledEvent.firstWeeklySlotAfter(slot, slot));
        assertEquals(slot.plus(Duration.ofDays(7)), ScheduledEvent.firstWeeklySlotAfter(slot, slot.plus(Duration.ofDays(7)).minusNanos(1000)));
        assertEquals(slot.plus(Duration.ofDays(14)), ScheduledEvent.firstWeeklySlotAfter(slot, slot.plus(Duration.ofDays(7))));
        assertEquals(slot.plus(Duration.ofDays(7 * 53)), ScheduledEvent.firstWeeklySlotAfter(slot, slot.plus(Duration.ofDays(365))));
        assertEquals(slot.plus(Duration.ofDays(7)), ScheduledEvent.firstWeeklySlotAfter(slot, slot.minus(Duration.ofDays(3))),
                "an early post still moves exactly one week");
    }

    @Test
    void aClaimedSlotIsNobodyElsesUntilTheLeaseEnds() {
        Instant due = NOW.minus(Duration.ofMinutes(1));
        ScheduledEvent event = event(due, true);
        assertTrue(event.claim(due, NOW, LEASE));
        assertFalse(event.claim(due, NOW.plusSeconds(1), LEASE), "a second instance finds it taken");
        assertFalse(event.claim(due, NOW.plus(LEASE).minusSeconds(1), LEASE), "still taken just before the lease ends");
        assertTrue(event.claim(due, NOW.plus(LEASE), LEASE), "a crashed poster's slot is retried once it has");
    }

    @Test
    void aFailedPostingGivesTheSlotBackUnchanged() {
        Instant due = NOW.minus(Duration.ofMinutes(5));
        ScheduledEvent event = event(due, true);
        assertTrue(event.claim(due, NOW, LEASE));
        event.release(due);
        assertEquals(due, event.nextPostAt());
        assertTrue(event.isActive());
        assertNull(event.discordMessageId());
        assertTrue(event.claim(due, NOW.plusSeconds(60), LEASE), "the next run takes it");
    }

    @Test
    void aStaleSlotCannotBeClaimedOrMoveTheScheduleTwice() {
        Instant due = NOW.minus(Duration.ofMinutes(5));
        ScheduledEvent event = event(due, true);
        assertTrue(event.claim(due, NOW, LEASE));
        event.posted(due, "1234", "1", NOW);
        Instant next = event.nextPostAt();
        assertFalse(event.claim(due, NOW.plus(Duration.ofHours(1)), LEASE));
        Occurrence late = event.posted(due, "1234", "2", NOW.plusSeconds(5));
        assertEquals("2", late.discordMessageId(), "a message that went out is still recorded");
        assertEquals(next, event.nextPostAt());
        assertEquals("1", event.discordMessageId());
        event.release(due);
        assertEquals(next, event.nextPostAt());
    }

    @Test
    void embedColoursAreTheHexValue() {
        assertEquals(5793266, EventTemplate.colorValue("#5865F2"));
        assertEquals(0xFFFFFF, EventTemplate.colorValue("#ffffff"));
        assertEquals(0, EventTemplate.colorValue("#12345"));
        assertEquals(0, EventTemplate.colorValue(null));
    }

    @Test
    void aWeeklyEventKnowsTheDayAndTimeOfItsSlotAndAOneOffHasNone() {
        ScheduledEvent weekly = event(Instant.parse("2026-01-22T19:30:45Z"), true);
        assertEquals(3, weekly.dayOfWeek(), "a Thursday, 0 being Monday");
        assertEquals(LocalTime.of(19, 30, 45), weekly.timeOfDay());
        ScheduledEvent once = event(Instant.parse("2026-01-22T19:30:45Z"), false);
        assertNull(once.dayOfWeek());
        assertNull(once.timeOfDay());
    }

    @Test
    void reschedulingWhilePostingFreesTheNewSlotAndTheOldPostingMovesNothing() {
        Instant due = NOW.minus(Duration.ofMinutes(1));
        ScheduledEvent event = event(due, true);
        assertTrue(event.claim(due, NOW, LEASE));
        Instant moved = NOW.minus(Duration.ofSeconds(10));
        event.reschedule(event.template(), moved, false);
        assertTrue(event.claim(moved, NOW, LEASE), "the old claim does not hold the new slot");
        event.posted(due, "1234", "111", NOW);
        assertEquals(moved, event.nextPostAt(), "the posting of the old slot is recorded, the schedule stays");
        assertTrue(event.isActive());
        event.posted(moved, "1234", "222", NOW);
        assertFalse(event.isActive(), "now a one-off, done once posted");
    }

    @Test
    void aDeactivatedEventIsNeverDueAndSavingItAgainActivatesIt() {
        ScheduledEvent event = event(NOW.minus(Duration.ofMinutes(1)), false);
        event.deactivate();
        assertFalse(event.isDue(NOW));
        event.reschedule(event.template(), NOW, true);
        assertTrue(event.isDue(NOW));
        assertTrue(event.isRecurring());
    }
}
