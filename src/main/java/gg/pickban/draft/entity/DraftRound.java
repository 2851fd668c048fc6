package gg.pickban.draft.entity;

import gg.pickban.identity.entity.User;
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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One pick of a draft: who picks ({@code captain}, null while a shuffle round waits for its turn),
 * where it stands ({@code pick_number} over the whole draft, {@code pick_phase}) and whom it took.
 * Its rules are the draft's; raw administrative edits (docs/rules.md §4.4) go through {@link #edit}.
 */
@Entity
@Table(name = "draft_round")
@NamedQuery(name = DraftRound.BY_PK, query = "SELECT r FROM DraftRound r ORDER BY r.id")
@NamedQuery(name = DraftRound.DRAFT_OF, query = "SELECT r.draft.id FROM DraftRound r WHERE r.id = :round")
@NamedQuery(name = DraftRound.OPEN_TURNS_OF, query = "SELECT t.id, t.state FROM DraftRound r JOIN r.draft d JOIN d.tournament t"
        + " WHERE r.captain.id = :user AND r.choice IS NULL AND t.state = 'in_progress' ORDER BY r.pickNumber, r.id")
public class DraftRound {

    public static final String BY_PK = "DraftRound.byPk";
    public static final String DRAFT_OF = "DraftRound.draftOf";
    /** Tournament pk and state of each unpicked round the user captains in an in_progress tournament, by pick number. */
    public static final String OPEN_TURNS_OF = "DraftRound.openTurnsOf";

    @Id
    @SequenceGenerator(name = "draft_round_seq", sequenceName = "draft_round_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_round_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private Draft draft;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "captain_id")
    @BatchFetch(BatchFetchType.IN)
    private User captain;

    @Column(name = "pick_number", nullable = false)
    private int pickNumber;

    @Column(name = "pick_phase", nullable = false)
    private int pickPhase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "choice_id")
    @BatchFetch(BatchFetchType.IN)
    private User choice;

    @Column(name = "was_tie", nullable = false)
    private boolean wasTie;

    @Column(name = "tie_roll_data")
    private String tieRollData;

    protected DraftRound() {
    }

    /** A round of {@code draft}, listed in it at once. */
    public DraftRound(Draft draft, User captain, int pickNumber, int pickPhase) {
        this.captain = captain;
        this.pickNumber = pickNumber;
        this.pickPhase = pickPhase;
        moveTo(draft);
    }

    /** Raw administrative edit (docs/rules.md §4.4): no rule, no event, no roster change. */
    public void edit(User captain, User choice, int pickNumber, int pickPhase) {
        this.captain = captain;
        this.choice = choice;
        this.pickNumber = pickNumber;
        this.pickPhase = pickPhase;
    }

    /** Keeps both sides in step, like a team moving tournaments. */
    public void moveTo(Draft newDraft) {
        if (draft != null) {
            draft.delist(this);
        }
        draft = newDraft;
        newDraft.enlist(this);
    }

    /** Out of its draft's list, before the row is deleted. */
    public void detach() {
        draft.delist(this);
    }

    void choose(User player) {
        this.choice = player;
    }

    void clearChoice() {
        this.choice = null;
    }

    /** A shuffle round gets its captain; {@code tie} records how a tie was settled, or null. */
    void assign(User captain, TieRoll tie) {
        this.captain = captain;
        this.wasTie = tie != null;
        this.tieRollData = tie == null ? null : tie.toJson().toString();
    }

    /** A shuffle round waits for its turn again (docs/decisions.md D16). */
    void unassign() {
        this.captain = null;
        this.wasTie = false;
        this.tieRollData = null;
    }

    public boolean isCaptainedBy(User user) {
        return captain != null && user != null && captain.id().equals(user.id());
    }

    public Long id() {
        return id;
    }

    public Draft draft() {
        return draft;
    }

    public User captain() {
        return captain;
    }

    public int pickNumber() {
        return pickNumber;
    }

    public int pickPhase() {
        return pickPhase;
    }

    public User choice() {
        return choice;
    }

    public boolean wasTie() {
        return wasTie;
    }

    public String tieRollData() {
        return tieRollData;
    }
}
