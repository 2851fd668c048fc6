package gg.pickban.league.entity;

import gg.pickban.identity.entity.User;
import java.lang.reflect.Field;
import java.time.Instant;

/** Users and organizations with pks, as if loaded from the database, for entity rule tests. */
final class People {

    static final Instant T0 = Instant.parse("2026-01-21T18:00:00Z");

    private People() {
    }

    static User user(long pk) {
        return withId(new User("user" + pk, T0), User.class, pk);
    }

    static User superuser(long pk) {
        User user = user(pk);
        user.assignSiteRoles(true, true);
        return user;
    }

    static Organization organization(long pk, String name) {
        OrganizationProfile profile = new OrganizationProfile(name, RichText.EMPTY, "", "", null, RichText.EMPTY, "UTC");
        return withId(new Organization(profile, T0), Organization.class, pk);
    }

    static <T> T withId(T row, Class<T> type, long pk) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(row, pk);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
