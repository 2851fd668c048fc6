package gg.pickban.herodraft.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One fact of a hero draft's log (herodraft.md §7.1, exactly one per fact, D23), written by the
 * draft's rules; its metadata is a JSON object whose keys depend on the type.
 */
@Entity
@Table(name = "hero_draft_event")
@NamedQuery(name = HeroDraftEvent.OF_DRAFT, query = "SELECT e FROM HeroDraftEvent e WHERE e.draft.id = :draft"
        + " ORDER BY e.createdAt, e.id")
@NamedQuery(name = HeroDraftEvent.DELETE_OF_DRAFT, query = "DELETE FROM HeroDraftEvent e WHERE e.draft = :draft")
public class HeroDraftEvent {

    public static final String OF_DRAFT = "HeroDraftEvent.ofDraft";
    public static final String DELETE_OF_DRAFT = "HeroDraftEvent.deleteOfDraft";

    public static final String DRAFT_CREATED = "draft_created";
    public static final String CAPTAIN_READY = "captain_ready";
    public static final String ROLL_RESULT = "roll_result";
    public static final String CHOICE_MADE = "choice_made";
    public static final String HERO_SELECTED = "hero_selected";
    public static final String ROUND_STARTED = "round_started";
    public static final String ROUND_TIMEOUT = "round_timeout";
    public static final String DRAFT_COMPLETED = "draft_completed";
    public static final String DRAFT_ABANDONED = "draft_abandoned";
    public static final String DRAFT_RESET = "draft_reset";
    public static final String DRAFT_PAUSED = "draft_paused";
    public static final String RESUME_COUNTDOWN = "resume_countdown";
    public static final String DRAFT_RESUMED = "draft_resumed";
    public static final String CAPTAIN_CONNECTED = "captain_connected";
    public static final String CAPTAIN_DISCONNECTED = "captain_disconnected";

    @Id
    @SequenceGenerator(name = "hero_draft_event_seq", sequenceName = "hero_draft_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hero_draft_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private HeroDraft draft;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_team_id")
    @BatchFetch(BatchFetchType.IN)
    private DraftTeam draftTeam;

    @Column(nullable = false)
    private String metadata;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HeroDraftEvent() {
    }

    HeroDraftEvent(HeroDraft draft, String eventType, DraftTeam draftTeam, JsonObject metadata, Instant createdAt) {
        this.draft = draft;
        this.eventType = eventType;
        this.draftTeam = draftTeam;
        this.metadata = metadata.toString();
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public HeroDraft draft() {
        return draft;
    }

    public String eventType() {
        return eventType;
    }

    public DraftTeam draftTeam() {
        return draftTeam;
    }

    public JsonObject metadata() {
        try (JsonReader reader = Json.createReader(new StringReader(metadata))) {
            return reader.readObject();
        }
    }

    public Instant createdAt() {
        return createdAt;
    }
}
