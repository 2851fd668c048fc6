package gg.pickban.tournament.control;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.RelatedRows;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Team writes: every field is read and resolved first, docs/decisions.md D9 included — the deputy as
 * given against the captain and members the request leaves — so a refused request changes
 * nothing; then the fields are applied scalars first, then the member sets, whose
 * removals follow docs/rules.md §3.3. Callers own the transaction.
 */
@ApplicationScoped
public class TeamEditor {

    static final String BAD_DEPUTY = "Deputy captain must be a team member other than the captain.";

    @PersistenceContext
    EntityManager em;

    @Inject
    RelatedRows rows;

    public Team create(Input in) {
        Team team = new Team(null, "");
        apply(team, in);
        em.persist(team);
        em.flush();
        return team;
    }

    /** True when the update left the team without members: the caller answers with it, then deletes it. */
    public boolean update(Team team, Input in) {
        boolean emptied = apply(team, in);
        em.flush();
        return emptied;
    }

    private boolean apply(Team team, Input in) {
        String name = in.field("name").required().maxLength(255).string();
        Long captainPk = in.field("captain_id").nullable().pk();
        Long deputyPk = in.field("deputy_captain_id").nullable().pk();
        Long tournamentPk = in.field("tournament_id").nullable().pk();
        Integer draftOrder = in.field("draft_order").min(0).max(32767).integer();
        Integer points = in.integer("current_points");
        Integer placement = in.field("placement").nullable().min(1).max(32767).integer();
        List<Long> memberPks = in.pkList("member_ids");
        List<Long> dropinPks = in.pkList("dropin_member_ids");
        List<Long> leftPks = in.pkList("left_member_ids");

        User captain = rows.one(in, "captain_id", User.class, captainPk);
        User deputy = rows.one(in, "deputy_captain_id", User.class, deputyPk);
        Tournament tournament = rows.one(in, "tournament_id", Tournament.class, tournamentPk);
        List<User> members = rows.all(in, "member_ids", User.class, memberPks);
        List<User> dropins = rows.all(in, "dropin_member_ids", User.class, dropinPks);
        List<User> left = rows.all(in, "left_member_ids", User.class, leftPks);
        if (in.isValid() && in.has("deputy_captain_id")
                && !Team.acceptsAsDeputy(deputy, in.has("captain_id") ? captain : team.captain(),
                        members != null ? members : team.members())) {
            in.error("deputy_captain_id", BAD_DEPUTY);
        }
        in.validate();

        if (name != null) {
            team.rename(name);
        }
        boolean captainJustAppointed = in.has("captain_id") && !sameUser(captain, team.captain());
        if (in.has("captain_id")) {
            team.appointCaptain(captain);
        }
        if (in.has("deputy_captain_id")) {
            team.appointDeputy(deputy);
        }
        if (draftOrder != null) {
            team.orderInDraft(draftOrder);
        }
        if (points != null) {
            team.changePoints(points);
        }
        if (in.has("placement")) {
            team.place(placement);
        }
        if (in.has("tournament_id")) {
            team.moveTo(tournament);
        }
        boolean emptied = members != null && team.replaceMembers(members, captainJustAppointed) == Team.Remaining.NOBODY;
        if (dropins != null) {
            team.replaceDropins(dropins);
        }
        if (left != null) {
            team.replaceLeftMembers(left);
        }
        return emptied;
    }

    private static boolean sameUser(User a, User b) {
        return a == null ? b == null : b != null && a.id().equals(b.id());
    }
}
