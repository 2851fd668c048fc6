package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The announcement scheduler's body (discord.md §6.2): every due slot is claimed, posted, then
 * recorded — or handed back untouched when posting fails, for the next run. RSVP reactions go on
 * after the posting is recorded; a failed reaction is only logged.
 */
@ApplicationScoped
public class Announcements {

    static final List<String> RSVP_EMOJI = List.of("✅", "❓", "❌");
    private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

    @Inject
    AnnouncementStore store;

    @Inject
    DiscordApi discord;

    @Inject
    Clock clock;

    public AnnouncementSummary postDue() {
        List<DueAnnouncement> due = store.due(clock.instant());
        int posted = 0;
        int failed = 0;
        for (DueAnnouncement slot : due) {
            if (!store.claim(slot.eventId(), slot.slot(), clock.instant())) {
                continue;
            }
            if (post(slot)) {
                posted++;
            } else {
                failed++;
            }
        }
        return new AnnouncementSummary(due.size(), posted, failed, due.size() - posted - failed);
    }

    private boolean post(DueAnnouncement slot) {
        Announcement announcement = slot.announcement();
        String messageId;
        try {
            messageId = discord.post(announcement);
        } catch (RuntimeException e) {
            store.release(slot.eventId(), slot.slot());
            LOG.warning("Scheduled event " + slot.eventId() + " not posted, retried next run: " + reason(e));
            return false;
        }
        store.recordPosting(slot.eventId(), slot.slot(), announcement.channelId(), messageId, clock.instant());
        if (slot.includeRsvp()) {
            for (String emoji : RSVP_EMOJI) {
                react(announcement.channelId(), messageId, emoji);
            }
        }
        return true;
    }

    private void react(String channelId, String messageId, String emoji) {
        try {
            discord.react(channelId, messageId, emoji);
        } catch (DiscordUnavailable e) {
            LOG.warning("RSVP reaction " + emoji + " on message " + messageId + " failed: " + e.reason());
        }
    }

    private static String reason(RuntimeException e) {
        return e instanceof DiscordUnavailable unavailable ? unavailable.reason() : e.getClass().getSimpleName();
    }
}
