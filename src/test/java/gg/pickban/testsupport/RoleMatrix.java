package gg.pickban.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The permission table of docs/rules.md §2.3 as a test: every mutating endpoint of a component × every role, site-wide and
 * scoped. Each allowed cell gets a {@link Scope#fresh() fresh world}, so an allowed call never changes what
 * another cell sees; a refused call must leave the row's representative state as it was, so the refused
 * cells of a row share one world (see {@code RowWalk}).
 */
public final class RoleMatrix {

    private static final Logger LOG = Logger.getLogger(RoleMatrix.class.getName());

    /** The site-wide roles and the roles held on the objects of one {@link Scope}. */
    public enum Role {
        ANONYMOUS, USER, STAFF, SUPERUSER, BARE_SUPERUSER,
        ORG_OWNER, ORG_ADMIN, ORG_STAFF, LEAGUE_ADMIN, LEAGUE_STAFF,
        CAPTAIN, DEPUTY, ROUND_CAPTAIN
    }

    public static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";
    public static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";

    /** Staff in the sense of docs/decisions.md D3: {@code is_staff} or {@code is_superuser}. */
    public static final Set<Role> STAFF = EnumSet.of(Role.STAFF, Role.SUPERUSER, Role.BARE_SUPERUSER);
    /** Ownership-only operations: the owner or a superuser. */
    public static final Set<Role> ORG_OWNER = EnumSet.of(Role.ORG_OWNER, Role.SUPERUSER, Role.BARE_SUPERUSER);
    /** OrgAdmin of the scope's organization (docs/decisions.md D4: staff too). */
    public static final Set<Role> ORG_ADMIN = union(STAFF, EnumSet.of(Role.ORG_OWNER, Role.ORG_ADMIN));
    /** OrgStaff of the scope's organization. */
    public static final Set<Role> ORG_STAFF = union(ORG_ADMIN, EnumSet.of(Role.ORG_STAFF));
    /** LeagueAdmin of the scope's league (its organization's admins included). */
    public static final Set<Role> LEAGUE_ADMIN = union(ORG_ADMIN, EnumSet.of(Role.LEAGUE_ADMIN));
    /** LeagueStaff of the scope's league (its organization's staff included). */
    public static final Set<Role> LEAGUE_STAFF = union(LEAGUE_ADMIN, EnumSet.of(Role.ORG_STAFF, Role.LEAGUE_STAFF));
    public static final Set<Role> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));

    /**
     * One endpoint: how to call it in a fresh scope, who may, the status the allowed get, the body
     * the refused logged-in callers get, and a cheap representative state a refusal must not change
     * (null: none).
     */
    public record Row(String endpoint, BiFunction<Api, Scope, Reply> call, Set<Role> allowed, int allowedStatus,
            String deniedBody, Function<Scope, Object> state) {
    }

    private RoleMatrix() {
    }

    public static Set<Role> union(Set<Role> a, Set<Role> b) {
        EnumSet<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    public static String error(String text) {
        return "{\"error\":\"" + text + "\"}";
    }

    public static String detail(String text) {
        return "{\"detail\":\"" + text + "\"}";
    }

    /**
     * The first column of every row: a cheap representative state, read on the {@link TestServices#held() held
     * connection} (a refused cell reads its state twice).
     */
    public static List<Object> rows(String sql, Object... parameters) {
        try {
            return SteamData.columnOn(TestServices.held(), sql, parameters);
        } catch (SQLException e) {
            TestServices.dropHeld();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every row × every role, then every row once more as an anonymous caller naming objects that do
     * not exist: anonymous callers are refused before any lookup (docs/rules.md §2.2).
     */
    public static Stream<DynamicTest> walk(AppProcess app, List<Row> rows) {
        SiteWideCallers siteWide = new SiteWideCallers(app);
        List<DynamicTest> cells = new ArrayList<>();
        for (Row row : rows) {
            RowWalk walk = new RowWalk(app, row, siteWide);
            for (Role role : Role.values()) {
                cells.add(DynamicTest.dynamicTest(row.endpoint() + " as " + role, () -> walk.check(role)));
            }
        }
        Stream<DynamicTest> first = rows.stream().filter(row -> !row.allowed().contains(Role.ANONYMOUS)).map(row ->
                DynamicTest.dynamicTest(row.endpoint() + " as ANONYMOUS naming nothing", () -> {
                    Reply reply = row.call().apply(Logins.anonymous(app), Scope.nowhere());
                    assertEquals(403, reply.status(), row.endpoint() + ": " + shortened(reply.body()));
                    assertEquals(NOT_AUTHENTICATED, reply.body(), row.endpoint());
                }));
        LOG.info(() -> "role matrix: " + rows.size() + " rows x " + Role.values().length + " roles = " + cells.size()
                + " cells, plus " + rows.stream().filter(row -> !row.allowed().contains(Role.ANONYMOUS)).count()
                + " anonymous calls naming nothing");
        return Stream.concat(cells.stream(), first);
    }

    /**
     * The callers of one row. An allowed cell may change its world, so it gets a {@link Scope#fresh() fresh}
     * one and logs its caller in there. A refused cell must change nothing (its state check says so), so the
     * refused callers of a row share one scope. When a refused cell fails (a wrong
     * status or body, a changed state, an exception), its scope is dropped: the next refused cell starts in a
     * fresh one, so a wrongly allowed call cannot leak into the cells after it.
     */
    private static final class RowWalk {

        private final AppProcess app;
        private final Row row;
        private final SiteWideCallers siteWide;
        private Scope refusedScope;

        RowWalk(AppProcess app, Row row, SiteWideCallers siteWide) {
            this.app = app;
            this.row = row;
            this.siteWide = siteWide;
        }

        void check(Role role) {
            if (row.allowed().contains(role)) {
                Scope scope = Scope.fresh();
                Reply reply = row.call().apply(caller(role, scope), scope);
                assertEquals(row.allowedStatus(), reply.status(), row.endpoint() + " as " + role + ": " + shortened(reply.body()));
                return;
            }
            boolean passed = false;
            try {
                if (refusedScope == null) {
                    refusedScope = Scope.fresh();
                }
                Scope scope = refusedScope;
                Api caller = caller(role, scope);
                Object before = row.state() == null ? null : row.state().apply(scope);
                Reply reply = row.call().apply(caller, scope);
                String cell = row.endpoint() + " as " + role + ": " + shortened(reply.body());
                assertEquals(403, reply.status(), cell);
                assertEquals(role == Role.ANONYMOUS ? NOT_AUTHENTICATED : row.deniedBody(), reply.body(), cell);
                if (row.state() != null) {
                    assertEquals(before, row.state().apply(scope), row.endpoint() + " as " + role + " changed state");
                }
                passed = true;
            } finally {
                if (!passed) {
                    refusedScope = null;
                }
            }
        }

        private Api caller(Role role, Scope scope) {
            return switch (role) {
                case ANONYMOUS -> Logins.anonymous(app);
                case USER, STAFF, SUPERUSER -> siteWide.of(role);
                default -> Logins.as(app, Objects.requireNonNull(scope.holder(role)));
            };
        }
    }

    /**
     * The seeded site-wide users (the same user on every login), each logged in once per walk: their logins
     * do not depend on any scope.
     */
    private static final class SiteWideCallers {

        private final AppProcess app;
        private final Map<Role, Api> callers = new EnumMap<>(Role.class);

        SiteWideCallers(AppProcess app) {
            this.app = app;
        }

        Api of(Role role) {
            return callers.computeIfAbsent(role, r -> switch (r) {
                case USER -> Logins.user(app);
                case STAFF -> Logins.staff(app);
                case SUPERUSER -> Logins.superuser(app);
                default -> throw new IllegalArgumentException(r + " is not a site-wide role");
            });
        }
    }

    private static String shortened(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
