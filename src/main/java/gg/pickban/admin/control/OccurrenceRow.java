package gg.pickban.admin.control;

import java.io.Serializable;
import java.time.Instant;

/** A line of the occurrences table: one posting and how many answered yes, maybe and no. */
public record OccurrenceRow(long id, long eventId, String template, Instant postedAt, String channelId, String messageId,
        long yes, long maybe, long no) implements Serializable {
}
