package gg.pickban.admin.boundary;

import gg.pickban.admin.control.DiscordAdministration;
import gg.pickban.discord.control.DiscordJob;
import gg.pickban.discord.control.DiscordJobs;
import gg.pickban.discord.entity.EventTemplate;
import gg.pickban.discord.entity.ScheduledEvent;
import gg.pickban.identity.boundary.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/event.xhtml[?id=]}: schedules a template once or weekly, edits or deactivates a
 * scheduled event, or posts it now (a one-off the scheduler posts at once: the run starts here).
 */
@Named("event")
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A template as the form offers it. */
    public record Choice(long id, String label) implements Serializable {
    }

    @Inject
    DiscordAdministration discord;

    @Inject
    DiscordJobs jobs;

    @Inject
    Caller caller;

    private Long id;
    private ScheduleForm form;
    private List<Choice> templates;
    private boolean active;
    private boolean missing;
    private Instant createdAt;
    private String lastMessageId;

    public void load() {
        form = null;
        missing = false;
        templates = new ArrayList<>();
        discord.activeTemplates().forEach(t -> templates.add(choice(t)));
        if (id == null) {
            form = new ScheduleForm();
            return;
        }
        Optional<ScheduledEvent> found = discord.event(id);
        found.ifPresentOrElse(event -> {
            form = ScheduleForm.of(event);
            active = event.isActive();
            createdAt = event.createdAt();
            lastMessageId = event.discordMessageId();
            if (!event.template().isActive()) {
                templates.add(0, choice(event.template()));
            }
        }, () -> {
            missing = true;
            PageMessages.status(404);
        });
    }

    private static Choice choice(EventTemplate template) {
        return new Choice(template.id(), template.name() + (template.isActive() ? "" : " (retired)"));
    }

    public String save() {
        try {
            if (id == null) {
                long created = discord.createEvent(caller.require(), form.getTemplateId(), form.postAtInstant(), form.isWeekly());
                return "/event?faces-redirect=true&id=" + created;
            }
            if (discord.updateEvent(caller.require(), id, form.getTemplateId(), form.postAtInstant(), form.isWeekly())) {
                PageMessages.info("Saved; the event is active.");
                load();
            } else {
                PageMessages.error("This scheduled event no longer exists.");
            }
        } catch (IllegalArgumentException refused) {
            PageMessages.fieldError("form:template", refused.getMessage());
        }
        return null;
    }

    public void deactivate() {
        if (discord.deactivateEvent(caller.require(), id)) {
            PageMessages.info("Deactivated: nothing more is posted.");
        } else {
            PageMessages.error("This scheduled event no longer exists.");
        }
        load();
    }

    public void postNow() {
        if (!jobs.enabled()) {
            PageMessages.error("Posting is off on this server (no Discord bot token, or jobs disabled).");
            return;
        }
        if (discord.postNow(caller.require(), id).isEmpty()) {
            PageMessages.error("This scheduled event no longer exists.");
            return;
        }
        boolean ranHere = jobs.run(DiscordJob.ANNOUNCEMENTS).isPresent();
        PageMessages.info(ranHere ? "Posted to Discord." : "Queued: the scheduler posts it within a minute.");
        load();
    }

    public boolean isPostingEnabled() {
        return jobs.enabled();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ScheduleForm getForm() {
        return form;
    }

    public List<Choice> getTemplates() {
        return templates;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isNew() {
        return id == null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLastMessageId() {
        return lastMessageId;
    }
}
