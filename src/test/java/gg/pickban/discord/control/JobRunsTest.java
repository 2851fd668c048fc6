package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When the liveness check calls a job stuck: more than three periods (26 h for the daily one) without a run. */
class JobRunsTest {

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-01-21T18:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final JobRuns runs = new JobRuns(clock);

    @Test
    void aJobThatNeverRanIsGivenItsLimitFromStartUp() {
        clock.now = clock.now.plus(Duration.ofSeconds(180));
        assertFalse(runs.isOverdue(DiscordJob.ANNOUNCEMENTS));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(runs.isOverdue(DiscordJob.ANNOUNCEMENTS));
        assertFalse(runs.isOverdue(DiscordJob.AVATAR_BATCH));
        assertFalse(runs.isOverdue(DiscordJob.AVATAR_FULL));
    }

    @Test
    void eachRunResetsTheLimitWhoeverDidTheWork() {
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        runs.record(DiscordJob.AVATAR_BATCH, "elsewhere", null);
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertFalse(runs.isOverdue(DiscordJob.AVATAR_BATCH));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(runs.isOverdue(DiscordJob.AVATAR_BATCH));
        runs.record(DiscordJob.AVATAR_BATCH, "ran", "{checked: 50}");
        assertFalse(runs.isOverdue(DiscordJob.AVATAR_BATCH));
        assertEquals("ran", runs.last(DiscordJob.AVATAR_BATCH).orElseThrow().outcome());
    }

    @Test
    void theDailyRefreshMayBeQuietFor26Hours() {
        runs.record(DiscordJob.AVATAR_FULL, "ran", null);
        clock.now = clock.now.plus(Duration.ofHours(26));
        assertFalse(runs.isOverdue(DiscordJob.AVATAR_FULL));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(runs.isOverdue(DiscordJob.AVATAR_FULL));
    }
}
