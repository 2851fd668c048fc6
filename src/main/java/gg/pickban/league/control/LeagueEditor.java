package gg.pickban.league.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.LeagueProfile;
import gg.pickban.league.entity.Organization;
import gg.pickban.league.entity.RichText;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.RelatedRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Router creates and updates of leagues: reads the writable LeagueFull fields
 * DRF-style over the current state, then applies them. Who may write what (docs/decisions.md D5) is the caller's
 * check between the two. Callers own the transaction.
 */
@ApplicationScoped
public class LeagueEditor {

    static final String STEAM_LEAGUE_TAKEN = "league with this steam league id already exists.";

    @PersistenceContext
    EntityManager em;

    @Inject
    RelatedRows rows;

    @Inject
    Clock clock;

    /** The state the body asks for, over {@code current} (null on create); raises FieldErrors. */
    public LeagueState read(Input in, League current) {
        LeagueProfile was = current == null ? LeagueProfile.DEFAULTS : current.profile();
        Integer steamLeagueId = in.field("steam_league_id").required().integer();
        String name = in.field("name").required().maxLength(255).string();
        RichText description = RichTextField.read(in, "description", 10_000);
        RichText rules = RichTextField.read(in, "rules", 50_000);
        String prizePool = in.field("prize_pool").allowBlank().maxLength(100).string();
        String timezone = in.field("timezone").maxLength(64).string();
        Instant lastSynced = in.field("last_synced").nullable().datetime();
        Set<Organization> organizations = in.has("organization_ids")
                ? rows.set(in, "organization_ids", Organization.class, in.pkList("organization_ids"))
                : current == null ? new LinkedHashSet<>() : new LinkedHashSet<>(current.organizations());
        Set<User> admins = in.has("admin_ids") ? rows.set(in, "admin_ids", User.class, in.pkList("admin_ids"))
                : current == null ? new LinkedHashSet<>() : new LinkedHashSet<>(current.admins());
        Set<User> staff = in.has("staff_ids") ? rows.set(in, "staff_ids", User.class, in.pkList("staff_ids"))
                : current == null ? new LinkedHashSet<>() : new LinkedHashSet<>(current.staff());
        if (steamLeagueId != null && steamLeagueTaken(steamLeagueId, current)) {
            in.error("steam_league_id", STEAM_LEAGUE_TAKEN);
        }
        in.validate();
        LeagueProfile profile = new LeagueProfile(steamLeagueId != null ? steamLeagueId : was.steamLeagueId(),
                name != null ? name : was.name(), description != null ? description : was.description(),
                rules != null ? rules : was.rules(), prizePool != null ? prizePool : was.prizePool(),
                timezone != null ? timezone : was.timezone(), in.has("last_synced") ? lastSynced : was.lastSynced());
        return new LeagueState(profile, organizations, admins, staff);
    }

    public League create(LeagueState state) {
        League league = new League(state.profile(), clock.instant());
        apply(state, league);
        em.persist(league);
        em.flush();
        return league;
    }

    public void update(League league, LeagueState state) {
        int steamLeagueIdBefore = league.steamLeagueId();
        league.revise(state.profile(), clock.instant());
        apply(state, league);
        em.flush();
        if (league.steamLeagueId() != steamLeagueIdBefore) {
            followSteamLeague(league);
        }
    }

    /** docs/decisions.md D58: a tournament with a league always carries that league's Steam league id. */
    private void followSteamLeague(League league) {
        em.createNativeQuery("UPDATE tournament SET steam_league_id = ?1 WHERE league_id = ?2")
                .setParameter(1, league.steamLeagueId())
                .setParameter(2, league.id())
                .executeUpdate();
    }

    private boolean steamLeagueTaken(int steamLeagueId, League current) {
        return em.createNamedQuery(League.BY_STEAM_LEAGUE_ID, Long.class).setParameter("steamLeagueId", steamLeagueId)
                .getResultStream().anyMatch(id -> current == null || !id.equals(current.id()));
    }

    private static void apply(LeagueState state, League league) {
        league.linkOrganizations(state.organizations());
        league.replaceAdmins(state.admins());
        league.replaceStaff(state.staff());
    }
}
