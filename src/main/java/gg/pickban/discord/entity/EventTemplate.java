package gg.pickban.discord.entity;

import gg.pickban.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an announcement says and where it goes (docs/rules.md §8.4): a titled, coloured embed for one
 * channel, optionally with RSVP buttons. Staff manage templates; scheduled events post them. A
 * retired (inactive) template is kept for the postings made from it but offered for no new event.
 */
@Entity
@Table(name = "discord_event_template")
public class EventTemplate {

    /** {@code template_type} values. */
    public static final String EVENT = "event";
    public static final String ANNOUNCEMENT = "announcement";

    @Id
    @SequenceGenerator(name = "discord_event_template_seq", sequenceName = "discord_event_template_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discord_event_template_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "template_type", nullable = false, length = 20)
    private String templateType = EVENT;

    @Column(nullable = false, length = 256)
    private String title;

    @Column(nullable = false, length = 4096)
    private String description = "";

    @Column(nullable = false, length = 7)
    private String color = "#5865F2";

    @Column(name = "channel_id", nullable = false, length = 20)
    private String channelId;

    @Column(name = "include_rsvp", nullable = false)
    private boolean includeRsvp = true;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private User createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EventTemplate() {
    }

    public EventTemplate(String name, String title, String description, String channelId, Instant now) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.channelId = channelId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** {@code template_type}: an {@link #EVENT} or an {@link #ANNOUNCEMENT}. */
    public static boolean isType(String type) {
        return EVENT.equals(type) || ANNOUNCEMENT.equals(type);
    }

    /** A template written by staff on the staff site. */
    public static EventTemplate of(Content content, User createdBy, Instant now) {
        EventTemplate template = new EventTemplate(content.name(), content.title(), content.description(), content.channelId(), now);
        template.createdBy = createdBy;
        template.revise(content, now);
        return template;
    }

    public void revise(Content content, Instant now) {
        if (!isType(content.type())) {
            throw new IllegalArgumentException("template type must be event or announcement");
        }
        name = content.name();
        templateType = content.type();
        title = content.title();
        description = content.description();
        color = content.color();
        channelId = content.channelId();
        includeRsvp = content.includeRsvp();
        updatedAt = now;
    }

    /** Retires the template; its scheduled events are the caller's to deactivate with it. */
    public void retire(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void reinstate(Instant now) {
        active = true;
        updatedAt = now;
    }

    /**
     * What {@code /event} creates: an event with RSVP for the channel the command was typed in, its
     * name doubling as the title, in Discord's blurple.
     */
    public static EventTemplate fromCommand(String name, String description, String channelId, User createdBy, Instant now) {
        EventTemplate template = new EventTemplate(name, name, description, channelId, now);
        template.createdBy = createdBy;
        return template;
    }

    /** The embed colour as Discord wants it: {@code "#5865F2"} → 5793266; anything unreadable → 0. */
    public static int colorValue(String color) {
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            return 0;
        }
        return Integer.parseInt(color.substring(1), 16);
    }

    public int colorValue() {
        return colorValue(color);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String templateType() {
        return templateType;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String color() {
        return color;
    }

    public String channelId() {
        return channelId;
    }

    public boolean includesRsvp() {
        return includeRsvp;
    }

    public User createdBy() {
        return createdBy;
    }

    public boolean isActive() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Everything staff write into a template. */
    public record Content(String name, String type, String title, String description, String color, String channelId,
            boolean includeRsvp) {
    }
}
