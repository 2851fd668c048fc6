package gg.pickban.admin.boundary;

import gg.pickban.discord.entity.ScheduledEvent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The scheduled event form, checked with Bean Validation: which template, when (UTC; a time
 * already past is posted by the scheduler's next run) and whether it repeats weekly.
 */
public class ScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose a template.")
    @Positive(message = "Choose a template.")
    private Long templateId;

    @NotNull(message = "When should it be posted?")
    private LocalDateTime postAt;

    private boolean weekly;

    static ScheduleForm of(ScheduledEvent event) {
        ScheduleForm form = new ScheduleForm();
        form.templateId = event.template().id();
        form.postAt = LocalDateTime.ofInstant(event.nextPostAt(), ZoneOffset.UTC);
        form.weekly = event.isRecurring();
        return form;
    }

    Instant postAtInstant() {
        return postAt.toInstant(ZoneOffset.UTC);
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public LocalDateTime getPostAt() {
        return postAt;
    }

    public void setPostAt(LocalDateTime postAt) {
        this.postAt = postAt;
    }

    public boolean isWeekly() {
        return weekly;
    }

    public void setWeekly(boolean weekly) {
        this.weekly = weekly;
    }
}
