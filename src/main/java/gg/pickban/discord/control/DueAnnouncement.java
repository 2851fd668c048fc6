package gg.pickban.discord.control;

import java.time.Instant;

/** A scheduled event due for posting, read in one transaction and posted outside it. */
public record DueAnnouncement(long eventId, Instant slot, Announcement announcement) {
}
