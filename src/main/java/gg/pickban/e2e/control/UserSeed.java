package gg.pickban.e2e.control;

import gg.pickban.identity.control.TestAccounts;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.SeedRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 103 users of the end-to-end seed (docs/e2e-seed.md §3), created in pk order: the three test-login
 * accounts, 60 mock players, 20 link-test players and the 20 real players of Real Tournament 38.
 */
@ApplicationScoped
public class UserSeed {

    public static final long STEAM64_BASE = 76561197960265728L;
    public static final int MOCK_PLAYERS = 60;
    public static final int LINK_PLAYERS = 20;

    /** One of the real players: Discord id, Steam account id, MMR and positions carry … hard support. */
    public record RealPlayer(String username, String discordId, long accountId, int mmr, List<Integer> positions) {

        public long steamid() {
            return STEAM64_BASE + accountId;
        }
    }

    /** Declaration order: the order the demo tournaments take players in. */
    public static final List<RealPlayer> REAL_PLAYERS = List.of(
            real("just__khang", "279963469141377024", 237494518, 4600, 2, 3, 1, 3, 5),
            real("clarexlauda", "990297849688391831", 150363706, 2000, 3, 0, 0, 2, 1),
            real("heffdawgz", "214624382935367682", 84657820, 5800, 0, 1, 0, 0, 0),
            real("pushingshots", "403758532161437706", 104427945, 2725, 3, 5, 0, 1, 2),
            real("anil98765", "435984979902595083", 104151469, 2000, 0, 0, 0, 4, 5),
            real("tornope", "376476737904836614", 174372053, 3500, 1, 0, 3, 0, 0),
            real("nimstria1", "1303996935501381632", 171468462, 500, 0, 0, 0, 1, 1),
            real("creemy__", "359131134820483083", 114010086, 4400, 1, 0, 2, 2, 2),
            real("ethan0688_", "1325607754177581066", 875238678, 6600, 2, 1, 3, 4, 5),
            real("hassanzulfi", "405344576480608257", 115198530, 2700, 0, 0, 1, 2, 3),
            real("sir_t_rex", "158695781216288768", 93840608, 4500, 1, 2, 3, 0, 0),
            real("abaybay1392", "501861539033382933", 299870746, 6700, 1, 1, 1, 2, 2),
            real("p0styp0sty", "556931015147520001", 275837954, 122, 0, 0, 0, 1, 2),
            real("reacher_z", "1164441465959743540", 84874902, 400, 5, 4, 3, 2, 1),
            real("vrm.mtl", "764290890617192469", 151410512, 6500, 2, 1, 3, 0, 0),
            real("gglive", "584468301988757504", 1101709346, 9000, 0, 3, 0, 2, 1),
            real("thekingauto", "899703742012747797", 97505772, 2920, 1, 2, 3, 0, 0),
            real("leafael.", "740972649651634198", 1098211999, 4268, 3, 0, 0, 1, 3),
            real("benevolentgremlin", "186688726187900929", 150218787, 6800, 1, 0, 4, 1, 4),
            real("bearthebear", "251396038856802305", 240083333, 2600, 1, 4, 4, 3, 4));

    /** Creation order, which fixes their pks 84–103. */
    static final List<String> REAL_CREATION_ORDER = List.of("gglive", "anil98765", "hassanzulfi", "abaybay1392",
            "reacher_z", "benevolentgremlin", "clarexlauda", "creemy__", "sir_t_rex", "bearthebear", "ethan0688_",
            "just__khang", "heffdawgz", "pushingshots", "p0styp0sty", "vrm.mtl", "tornope", "nimstria1", "thekingauto",
            "leafael.");

    @PersistenceContext
    EntityManager em;

    public void seed(SeedRun run) {
        for (TestAccounts.Role role : List.of(TestAccounts.Role.STAFF, TestAccounts.Role.ADMIN, TestAccounts.Role.USER)) {
            User user = user(run, role.username, role.discordId, role.mmr, null, 0, 0, 0, 0, 0);
            user.assignSiteRoles(role.staff, role.superuser);
        }
        for (int i = 1; i <= MOCK_PLAYERS; i++) {
            user(run, String.format("player_%02d", i), Long.toString(100000000000000000L + i), 1100 + (733 * i) % 4900,
                    STEAM64_BASE + 500000 + i, i % 6, (i + 1) % 6, (i + 2) % 6, (i + 3) % 6, (i + 4) % 6);
        }
        for (int i = 0; i < LINK_PLAYERS; i++) {
            user(run, "link_test_player_" + i, Long.toString(200000000000000000L + i), 3000 + 100 * i,
                    76561197960300000L + i, 3, 3, 3, 3, 3);
        }
        Map<String, RealPlayer> byName = REAL_PLAYERS.stream().collect(Collectors.toMap(RealPlayer::username, Function.identity()));
        for (String name : REAL_CREATION_ORDER) {
            RealPlayer p = byName.get(name);
            List<Integer> pos = p.positions();
            user(run, p.username(), p.discordId(), p.mmr(), p.steamid(), pos.get(0), pos.get(1), pos.get(2), pos.get(3), pos.get(4));
        }
        em.flush();
    }

    private User user(SeedRun run, String username, String discordId, int mmr, Long steamid, int carry, int mid,
            int offlane, int softSupport, int hardSupport) {
        User user = User.fromDiscord(username, discordId, username, run.now());
        user.reportMmr(mmr);
        user.linkSteam(steamid);
        user.positions().set(carry, mid, offlane, softSupport, hardSupport);
        em.persist(user);
        return user;
    }

    private static RealPlayer real(String username, String discordId, long accountId, int mmr, int... positions) {
        return new RealPlayer(username, discordId, accountId, mmr, java.util.Arrays.stream(positions).boxed().toList());
    }
}
