package gg.pickban.tournament.entity;

import gg.pickban.identity.entity.User;
import java.lang.reflect.Field;
import java.time.Instant;

/** Users with a pk and an MMR, as the database would hand them out, for rules tested without one. */
final class Players {

    private Players() {
    }

    static User player(long pk, Integer mmr) {
        User user = new User("player" + pk, Instant.EPOCH);
        user.reportMmr(mmr);
        try {
            Field id = User.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(user, pk);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return user;
    }
}
