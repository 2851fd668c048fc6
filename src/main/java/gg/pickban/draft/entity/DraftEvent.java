package gg.pickban.draft.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.tournament.entity.Team;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One entry of a draft's append-only log (docs/rules.md §4.6), written by the draft's rules and pushed to
 * the sockets once committed. The payload is a JSON object whose keys depend on the type; names are
 * usernames, avatar URLs the users' {@code avatarUrl}.
 */
@Entity
@Table(name = "draft_event")
@NamedQuery(name = DraftEvent.NEWEST_OF, query = "SELECT e FROM DraftEvent e WHERE e.draft.id = :draft"
        + " ORDER BY e.createdAt DESC, e.id DESC")
public class DraftEvent {

    public static final String NEWEST_OF = "DraftEvent.newestOf";
    public static final String DRAFT_STARTED = "draft_started";
    public static final String CAPTAIN_ASSIGNED = "captain_assigned";
    public static final String TIE_ROLL = "tie_roll";
    public static final String PLAYER_PICKED = "player_picked";
    public static final String PICK_UNDONE = "pick_undone";
    /** Declared vocabulary of the frontend; never written (docs/rules.md §4.6). */
    public static final String DRAFT_COMPLETED = "draft_completed";

    @Id
    @SequenceGenerator(name = "draft_event_seq", sequenceName = "draft_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private Draft draft;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    @BatchFetch(BatchFetchType.IN)
    private User actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DraftEvent() {
    }

    private DraftEvent(Draft draft, String eventType, JsonObject payload, User actor, Instant createdAt) {
        this.draft = draft;
        this.eventType = eventType;
        this.payload = payload.toString();
        this.actor = actor;
        this.createdAt = createdAt;
    }

    static DraftEvent draftStarted(Draft draft, int teamCount, Instant now) {
        return new DraftEvent(draft, DRAFT_STARTED, Jsonp.createObjectBuilder().add("draft_id", draft.id())
                .add("draft_style", draft.style().wire()).add("team_count", teamCount).build(), null, now);
    }

    static DraftEvent captainAssigned(Draft draft, DraftRound round, Team team, Instant now) {
        JsonObjectBuilder payload = Jsonp.createObjectBuilder().add("pick_number", round.pickNumber());
        person(payload, "captain", round.captain());
        team(payload, team).add("team_mmr", team.totalMmr());
        return new DraftEvent(draft, CAPTAIN_ASSIGNED, payload.build(), null, now);
    }

    static DraftEvent tieRoll(Draft draft, DraftRound round, TieRoll tie, Team winner, Instant now) {
        JsonObject payload = Jsonp.createObjectBuilder().add("pick_number", round.pickNumber())
                .add("tied_teams", tie.tiedTeamsJson()).add("roll_rounds", tie.rollRoundsJson())
                .add("winner_id", tie.winnerId()).add("winner_name", winner.captain().username()).build();
        return new DraftEvent(draft, TIE_ROLL, payload, null, now);
    }

    static DraftEvent playerPicked(Draft draft, DraftRound round, Team team, User picked, User actor, Instant now) {
        JsonObjectBuilder payload = Jsonp.createObjectBuilder().add("pick_number", round.pickNumber());
        person(payload, "captain", round.captain());
        person(payload, "picked", picked);
        team(payload, team);
        return new DraftEvent(draft, PLAYER_PICKED, payload.build(), actor, now);
    }

    static DraftEvent pickUndone(Draft draft, DraftRound round, Team team, User player, User actor, Instant now) {
        JsonObjectBuilder payload = Jsonp.createObjectBuilder().add("pick_number", round.pickNumber())
                .add("undone_player_id", player.id()).add("undone_player_name", player.username());
        team(payload, team);
        return new DraftEvent(draft, PICK_UNDONE, payload.build(), actor, now);
    }

    /** {@code <role>_id}, {@code <role>_name}, {@code <role>_avatar_url}. */
    private static void person(JsonObjectBuilder payload, String role, User user) {
        if (user == null) {
            payload.addNull(role + "_id").addNull(role + "_name").addNull(role + "_avatar_url");
            return;
        }
        payload.add(role + "_id", user.id()).add(role + "_name", user.username());
        String avatarUrl = user.avatarUrl();
        if (avatarUrl == null) {
            payload.addNull(role + "_avatar_url");
        } else {
            payload.add(role + "_avatar_url", avatarUrl);
        }
    }

    /** {@code team_id} and {@code team_name}, null when the round has no team. */
    private static JsonObjectBuilder team(JsonObjectBuilder payload, Team team) {
        return team == null ? payload.addNull("team_id").addNull("team_name")
                : payload.add("team_id", team.id()).add("team_name", team.name());
    }

    public Long id() {
        return id;
    }

    public Draft draft() {
        return draft;
    }

    public String eventType() {
        return eventType;
    }

    /** The payload as stored: a JSON object's text. */
    public String payload() {
        return payload;
    }

    public User actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
