package gg.pickban.admin.control;

import gg.pickban.identity.entity.User;
import java.io.Serializable;

/** A line of the users table. */
public record UserRow(long id, String username, String nickname, Integer mmr, Integer leagueMmr, Long steamid,
        String discordId, boolean staff, boolean superuser, boolean active) implements Serializable {

    static UserRow of(User user) {
        return new UserRow(user.id(), user.username(), user.nickname(), user.mmr(), user.leagueMmr(), user.steamid(),
                user.discordId(), user.isStaff(), user.isSuperuser(), user.isActive());
    }
}
