package gg.pickban.admin.boundary;

import gg.pickban.identity.entity.User;
import java.io.Serializable;
import java.time.Instant;

/** What the user page shows beside the form: read-only facts of the user as loaded. */
public record UserFacts(long id, String username, String discordUsername, Integer leagueMmr, Long steamAccountId,
        Instant dateJoined, boolean staff) implements Serializable {

    static UserFacts of(User user) {
        return new UserFacts(user.id(), user.username(), user.discordUsername(), user.leagueMmr(), user.steamAccountId(),
                user.dateJoined(), user.isStaff() || user.isSuperuser());
    }
}
