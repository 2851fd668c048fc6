package gg.pickban.admin.entity;

/**
 * What an audit record is about: a kind of object ({@code user}, {@code event_template}, …), its
 * id, and how it was called at the time of the change.
 */
public record AuditedObject(String type, String id, String repr) {

    public static final String USER = "user";
    public static final String HERO_DRAFT = "hero_draft";
    public static final String EVENT_TEMPLATE = "event_template";
    public static final String SCHEDULED_EVENT = "scheduled_event";
    public static final String STEAM_LEAGUE = "steam_league";

    public static AuditedObject of(String type, Object id, String repr) {
        return new AuditedObject(type, String.valueOf(id), repr == null ? "" : repr);
    }
}
