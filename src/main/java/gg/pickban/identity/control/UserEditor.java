package gg.pickban.identity.control;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff edits of users through the router: reads the writable UserFull
 * fields DRF-style, checks uniqueness and docs/decisions.md D13, then changes the user. Callers own the transaction.
 */
@ApplicationScoped
public class UserEditor {

    private static final Pattern USERNAME = Pattern.compile("[\\w.@+-]+", Pattern.UNICODE_CHARACTER_CLASS);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<UserRemoval> removals;

    @Inject
    Event<SteamLinkChanged> steamLinks;

    @Inject
    Event<ReportedMmrChanged> mmrChanges;

    public User create(Input in, boolean callerIsSuperuser) {
        User user = new User("", clock.instant());
        apply(in, user, callerIsSuperuser);
        em.persist(user);
        em.flush();
        announce(user, null, null);
        return user;
    }

    public User update(User user, Input in, boolean callerIsSuperuser) {
        Long steamBefore = user.steamid();
        Integer mmrBefore = user.mmr();
        apply(in, user, callerIsSuperuser);
        em.flush();
        announce(user, steamBefore, mmrBefore);
        return user;
    }

    /** Steam player rows follow a new Steam id ; the league MMR follows the MMR (docs/rules.md §7.5, §7.7). */
    private void announce(User user, Long steamBefore, Integer mmrBefore) {
        if (user.steamid() != null && !user.steamid().equals(steamBefore)) {
            steamLinks.fire(new SteamLinkChanged(user.id(), user.steamid()));
        }
        if (!Objects.equals(user.mmr(), mmrBefore)) {
            mmrChanges.fire(new ReportedMmrChanged(user.id()));
        }
    }

    /** Lets the other components release the user first; they may refuse with {@link UserRemovalRefused}. */
    public void delete(User user, boolean callerIsSuperuser) {
        if (user.isSuperuser() && !callerIsSuperuser) {
            throw new SuperuserChangeRefused("Only a superuser can delete a superuser.");
        }
        removals.fire(new UserRemoval(user.id()));
        em.remove(user);
        em.flush();
    }

    private void apply(Input in, User user, boolean callerIsSuperuser) {
        String username = in.field("username").required().maxLength(150).string();
        if (username != null && !USERNAME.matcher(username).matches()) {
            in.error("username", "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.");
        }
        String nickname = in.field("nickname").nullable().allowBlank().maxLength(100).string();
        Boolean staff = in.bool("is_staff");
        Boolean active = in.bool("is_active");
        Boolean superuser = in.bool("is_superuser");
        String avatar = in.field("avatar").nullable().allowBlank().maxLength(255).string();
        String discordId = in.field("discordId").nullable().allowBlank().maxLength(64).string();
        Integer mmr = in.field("mmr").nullable().integer();
        String email = in.field("email").allowBlank().maxLength(254).email();
        Instant dateJoined = in.datetime("date_joined");
        Long defaultOrganization = in.field("default_organization").nullable().pk();
        PositionsInput positions = in.has("positions") ? PositionsInput.read(in.field("positions").object()) : null;
        SteamIdInput steam = in.has("steamid") ? SteamIdInput.of(in.json().get("steamid")) : null;
        if (steam != null && !steam.valid()) {
            in.error("steamid", SteamIdInput.INVALID);
        }

        if (superuser != null && superuser != user.isSuperuser() && !callerIsSuperuser) {
            throw new SuperuserChangeRefused();
        }
        String discord = discordId == null || discordId.isEmpty() ? null : discordId;
        if (user.isSuperuser() && !callerIsSuperuser) {
            List<String> changed = new ArrayList<>();
            changed(changed, "username", username, user.username());
            changed(changed, "discordId", in.has("discordId") ? Optional.ofNullable(discord) : null, Optional.ofNullable(user.discordId()));
            changed(changed, "steamid", steam != null && steam.valid() ? Optional.ofNullable(steam.steam64()) : null,
                    Optional.ofNullable(user.steamid()));
            changed(changed, "email", email, user.email());
            changed(changed, "is_active", active, user.isActive());
            changed(changed, "is_staff", staff, user.isStaff());
            if (!changed.isEmpty()) {
                throw new SuperuserChangeRefused("Only a superuser can change a superuser's " + String.join(", ", changed) + ".");
            }
        }
        if (username != null && taken(User.BY_USERNAME, "username", username, user)) {
            in.error("username", "A user with that username already exists.");
        }
        if (discord != null && taken(User.BY_DISCORD_ID, "discordId", discord, user)) {
            in.error("discordId", "A user with this discordId already exists.");
        }
        if (steam != null && steam.steam64() != null && steamTaken(steam.steam64(), user)) {
            in.error("steamid", "A user with this steamid already exists.");
        }
        if (defaultOrganization != null && !organizationExists(defaultOrganization)) {
            in.unknownPk("default_organization", defaultOrganization);
        }
        in.validate();

        if (username != null) {
            user.rename(username);
        }
        if (in.has("nickname")) {
            user.changeNickname(nickname);
        }
        user.assignSiteRoles(staff != null ? staff : user.isStaff(), superuser != null ? superuser : user.isSuperuser());
        if (active != null) {
            user.activate(active);
        }
        if (in.has("avatar")) {
            user.changeAvatar(avatar);
        }
        if (in.has("discordId")) {
            user.changeDiscordId(discord);
        }
        if (in.has("mmr")) {
            user.reportMmr(mmr);
        }
        if (email != null) {
            user.changeEmail(email);
        }
        if (dateJoined != null) {
            user.backdateJoined(dateJoined);
        }
        if (in.has("default_organization")) {
            user.chooseDefaultOrganization(defaultOrganization);
        }
        if (positions != null) {
            positions.applyTo(user.positions());
        }
        if (steam != null) {
            user.linkSteam(steam.steam64());
        }
    }

    /** Notes {@code field} when the request names a new value for it ({@code null} = not named). */
    private static void changed(List<String> changed, String field, Object requested, Object current) {
        if (requested != null && !requested.equals(current)) {
            changed.add(field);
        }
    }

    private boolean taken(String query, String parameter, String value, User self) {
        return em.createNamedQuery(query, User.class).setParameter(parameter, value).getResultStream()
                .anyMatch(other -> !other.id().equals(self.id()));
    }

    /** By entity name: the league component owns organizations, and identity must not depend on it. */
    private boolean organizationExists(long id) {
        return em.createQuery("SELECT COUNT(o) FROM Organization o WHERE o.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    public boolean steamTaken(long steam64, User self) {
        return em.createNamedQuery(User.BY_STEAMID, User.class).setParameter("steamid", steam64).getResultStream()
                .anyMatch(other -> !other.id().equals(self.id()));
    }

    public Optional<User> find(long pk) {
        return Optional.ofNullable(em.find(User.class, pk));
    }
}
