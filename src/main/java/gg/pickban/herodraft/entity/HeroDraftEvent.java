package gg.pickban.herodraft.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
 * One fact of a hero draft's log (exactly one per fact, docs/decisions.md D23), written by the
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

    static HeroDraftEvent created(HeroDraft draft, long createdBy, Instant now) {
        return new HeroDraftEvent(draft, DRAFT_CREATED, null, Jsonp.createObjectBuilder().add("created_by", createdBy).build(), now);
    }

    static HeroDraftEvent captainReady(HeroDraft draft, DraftTeam team, long captainId, Instant now) {
        return new HeroDraftEvent(draft, CAPTAIN_READY, team, Jsonp.createObjectBuilder().add("captain_id", captainId).build(), now);
    }

    static HeroDraftEvent rollResult(HeroDraft draft, DraftTeam triggeredBy, DraftTeam winner, Instant now) {
        JsonObjectBuilder metadata = Jsonp.createObjectBuilder().add("triggered_by", triggeredBy.id()).add("winner_id", winner.id());
        User captain = winner.captain();
        if (captain == null) {
            metadata.addNull("winner_captain");
        } else {
            metadata.add("winner_captain", captain.username());
        }
        return new HeroDraftEvent(draft, ROLL_RESULT, winner, metadata.build(), now);
    }

    static HeroDraftEvent choiceMade(HeroDraft draft, DraftTeam team, String choiceType, String value, Instant now) {
        return new HeroDraftEvent(draft, CHOICE_MADE, team,
                Jsonp.createObjectBuilder().add("choice_type", choiceType).add("value", value).build(), now);
    }

    static HeroDraftEvent heroSelected(HeroDraft draft, HeroDraftRound round, RoundClock clock, Instant now) {
        return new HeroDraftEvent(draft, HERO_SELECTED, round.draftTeam(), Jsonp.createObjectBuilder()
                .add("round_number", round.roundNumber()).add("hero_id", round.heroId()).add("action_type", round.actionType().wire())
                .add("time_elapsed_ms", clock.elapsedMs()).add("reserve_used_ms", clock.reserveUsedMs()).build(), now);
    }

    static HeroDraftEvent roundStarted(HeroDraft draft, HeroDraftRound round, Instant now) {
        return new HeroDraftEvent(draft, ROUND_STARTED, round.draftTeam(), Jsonp.createObjectBuilder()
                .add("round_number", round.roundNumber()).add("action_type", round.actionType().wire()).build(), now);
    }

    static HeroDraftEvent roundTimeout(HeroDraft draft, DraftTeam team, int hero, Instant now) {
        return new HeroDraftEvent(draft, ROUND_TIMEOUT, team, Jsonp.createObjectBuilder().add("auto_picked_hero", hero).build(), now);
    }

    static HeroDraftEvent abandoned(HeroDraft draft, Actor actor, Instant now) {
        return new HeroDraftEvent(draft, DRAFT_ABANDONED, null,
                Jsonp.createObjectBuilder().add("abandoned_by", actor.userId()).add("was_admin", actor.staff()).build(), now);
    }

    static HeroDraftEvent reset(HeroDraft draft, JsonValue resetBy, Instant now) {
        return new HeroDraftEvent(draft, DRAFT_RESET, null, Jsonp.createObjectBuilder().add("reset_by", resetBy).build(), now);
    }

    /** Manual pause and resume countdown share their actor keys: {@code <verb>_by}, {@code <verb>_by_username}, is_captain, is_staff. */
    static HeroDraftEvent byActor(HeroDraft draft, String type, DraftTeam team, JsonObjectBuilder metadata, String verb, Actor actor,
            Instant now) {
        metadata.add(verb + "_by", actor.userId()).add(verb + "_by_username", actor.username())
                .add("is_captain", team != null).add("is_staff", actor.supervisor());
        return new HeroDraftEvent(draft, type, team, metadata.build(), now);
    }

    /** {@code draft_paused} of a disconnect or a stale heartbeat, or {@code draft_completed} / {@code draft_resumed} (reason null). */
    static HeroDraftEvent plain(HeroDraft draft, String type, DraftTeam team, String reason, Instant now) {
        JsonObjectBuilder metadata = Jsonp.createObjectBuilder();
        if (reason != null) {
            metadata.add("reason", reason);
        }
        return new HeroDraftEvent(draft, type, team, metadata.build(), now);
    }

    /** {@code captain_connected} / {@code captain_disconnected}: {@code {user_id, username}} plus the reason, if any. */
    static HeroDraftEvent presence(HeroDraft draft, String type, DraftTeam team, String reason, Instant now) {
        JsonObjectBuilder metadata = Jsonp.createObjectBuilder().add("user_id", team.captain().id()).add("username", team.captain().username());
        if (reason != null) {
            metadata.add("reason", reason);
        }
        return new HeroDraftEvent(draft, type, team, metadata.build(), now);
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
        try (JsonReader reader = Jsonp.createReader(new StringReader(metadata))) {
            return reader.readObject();
        }
    }

    public Instant createdAt() {
        return createdAt;
    }
}
