package gg.pickban.admin.control;

import gg.pickban.discord.entity.EventTemplate;
import java.io.Serializable;
import java.time.Instant;

/** A line of the event templates table. */
public record TemplateRow(long id, String name, String type, String title, String channelId, boolean rsvp, boolean active,
        Instant updated) implements Serializable {

    static TemplateRow of(EventTemplate template) {
        return new TemplateRow(template.id(), template.name(), template.templateType(), template.title(), template.channelId(),
                template.includesRsvp(), template.isActive(), template.updatedAt());
    }
}
