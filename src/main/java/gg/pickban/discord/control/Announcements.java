package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The announcement scheduler's body (docs/rules.md §8.4): every due slot is claimed, posted, then
 * recorded — or handed back untouched when posting fails, for the next run. An announcement that
 * takes RSVPs goes out with its buttons; the answers are recorded as people click them.
 * <p>
 * A posting that went out but could not be recorded (the database went away in between) is
 * remembered here: when its claim has lapsed and a later run claims the slot again, the posting is
 * recorded without a second post. The slot's nonce is the fallback for a run on another instance
 * or after a restart — Discord itself refuses a second message with it, though only for a few minutes.
 */
@ApplicationScoped
public class Announcements {

    private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

    @Inject
    AnnouncementStore store;

    @Inject
    DiscordApi discord;

    @Inject
    Clock clock;

    /** Message ids of postings that went out but are not recorded yet, by the slot's nonce. */
    private final Map<String, String> postedNotRecorded = new ConcurrentHashMap<>();

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
        String messageId = postedNotRecorded.get(announcement.nonce());
        if (messageId == null) {
            try {
                messageId = discord.post(announcement);
            } catch (RuntimeException e) {
                store.release(slot.eventId(), slot.slot());
                LOG.warning("Scheduled event " + slot.eventId() + " not posted, retried next run: " + reason(e));
                return false;
            }
        }
        try {
            store.recordPosting(slot.eventId(), slot.slot(), announcement.channelId(), messageId, clock.instant());
        } catch (RuntimeException e) {
            postedNotRecorded.put(announcement.nonce(), messageId);
            throw e;
        }
        postedNotRecorded.remove(announcement.nonce());
        return true;
    }

    private static String reason(RuntimeException e) {
        return e instanceof DiscordUnavailable unavailable ? unavailable.reason() : e.getClass().getSimpleName();
    }
}
