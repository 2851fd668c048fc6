package gg.pickban.admin.control;

import gg.pickban.discord.entity.ScheduledEvent;
import java.io.Serializable;
import java.time.Instant;

/** A line of the scheduled events table. */
public record ScheduleRow(long id, long templateId, String template, boolean weekly, Instant nextPostAt, boolean active,
        String lastMessageId) implements Serializable {

    static ScheduleRow of(ScheduledEvent event) {
        return new ScheduleRow(event.id(), event.template().id(), event.template().name(), event.isRecurring(),
                event.nextPostAt(), event.isActive(), event.discordMessageId());
    }
}
