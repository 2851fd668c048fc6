package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order of one scheduler run (docs/rules.md §8.4): claim, post, then record or release. */
class AnnouncementsTest {

    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");
    private static final Instant SLOT = NOW.minus(Duration.ofMinutes(5));

    private final List<String> calls = new ArrayList<>();
    private final Set<Long> claimedElsewhere = new java.util.HashSet<>();
    private boolean postFails;
    private boolean databaseGone;

    private Announcements scheduler(DueAnnouncement... due) {
        Announcements announcements = new Announcements();
        announcements.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        announcements.store = new AnnouncementStore() {
            @Override
            public List<DueAnnouncement> due(Instant now) {
                return List.of(due);
            }

            @Override
            public boolean claim(long eventId, Instant slot, Instant now) {
                calls.add("claim " + eventId);
                return !claimedElsewhere.contains(eventId);
            }

            @Override
            public void release(long eventId, Instant slot) {
                calls.add("release " + eventId);
            }

            @Override
            public void recordPosting(long eventId, Instant slot, String channelId, String messageId, Instant now) {
                calls.add("record " + eventId + " as " + messageId);
                if (databaseGone) {
                    throw new IllegalStateException("connection refused");
                }
            }
        };
        announcements.discord = new DiscordApi() {
            @Override
            public String post(Announcement announcement) {
                calls.add("post " + announcement.title());
                if (postFails) {
                    throw new DiscordUnavailable("HTTP 500");
                }
                return "999888777";
            }

        };
        return announcements;
    }

    private static DueAnnouncement due(long id, boolean rsvp) {
        return new DueAnnouncement(id, SLOT, new Announcement(id, "42", "Event " + id, "", 5793266, rsvp, "pb" + id));
    }

    @Test
    void aPostingIsClaimedPostedAndRecordedNothingMore() {
        AnnouncementSummary summary = scheduler(due(1, true)).postDue();
        assertEquals(List.of("claim 1", "post Event 1", "record 1 as 999888777"), calls, "the buttons come with the post");
        assertEquals(new AnnouncementSummary(1, 1, 0, 0), summary);
    }

    @Test
    void aFailedPostGivesTheSlotBackAndTheNextEventStillGoesOut() {
        postFails = true;
        AnnouncementSummary summary = scheduler(due(1, false), due(2, false)).postDue();
        assertEquals(List.of("claim 1", "post Event 1", "release 1", "claim 2", "post Event 2", "release 2"), calls);
        assertEquals(new AnnouncementSummary(2, 0, 2, 0), summary);
    }

    @Test
    void aSlotClaimedByAnotherInstanceIsLeftAlone() {
        claimedElsewhere.add(1L);
        AnnouncementSummary summary = scheduler(due(1, true), due(2, false)).postDue();
        assertEquals(List.of("claim 1", "claim 2", "post Event 2", "record 2 as 999888777"), calls);
        assertEquals(new AnnouncementSummary(2, 1, 0, 1), summary);
    }

    @Test
    void aPostingTheDatabaseLostIsRecordedNextRunWithoutASecondPost() {
        Announcements scheduler = scheduler(due(1, true));
        databaseGone = true;
        assertThrows(IllegalStateException.class, scheduler::postDue);
        assertEquals(List.of("claim 1", "post Event 1", "record 1 as 999888777"), calls);

        calls.clear();
        databaseGone = false;
        AnnouncementSummary summary = scheduler.postDue();
        assertEquals(List.of("claim 1", "record 1 as 999888777"), calls);
        assertEquals(new AnnouncementSummary(1, 1, 0, 0), summary);

        calls.clear();
        scheduler.postDue();
        assertEquals(List.of("claim 1", "post Event 1", "record 1 as 999888777"), calls,
                "once recorded, nothing is remembered for the slot");
    }
}
