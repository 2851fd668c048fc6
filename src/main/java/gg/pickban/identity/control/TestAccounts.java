package gg.pickban.identity.control;

import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The fixed accounts of the test logins (docs/e2e-seed.md §2): found by Discord id or created with the
 * seed's name and MMR, then forced to the role the login stands for.
 */
@ApplicationScoped
public class TestAccounts {

    public enum Role {
        ADMIN("243497113906970625", "kettleofketchup", 5000, true, true),
        STAFF("702582402668560454", "hurk_", 3000, true, false),
        USER("198618246868500481", "bucketoffish55", 1000, false, false);

        public final String discordId;
        public final String username;
        public final int mmr;
        public final boolean staff;
        public final boolean superuser;

        Role(String discordId, String username, int mmr, boolean staff, boolean superuser) {
            this.discordId = discordId;
            this.username = username;
            this.mmr = mmr;
            this.staff = staff;
            this.superuser = superuser;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public User ensure(Role role) {
        User user = byDiscordId(role.discordId).orElseGet(() -> {
            User created = User.fromDiscord(role.username, role.discordId, role.username, clock.instant());
            created.reportMmr(role.mmr);
            em.persist(created);
            return created;
        });
        user.assignSiteRoles(role.staff, role.superuser);
        return user;
    }

    public Optional<User> byDiscordId(String discordId) {
        return em.createNamedQuery(User.BY_DISCORD_ID, User.class).setParameter("discordId", discordId)
                .getResultStream().findFirst();
    }
}
