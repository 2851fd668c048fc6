package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;

/** {@code {"status": "added", "user": UserMini}}. */
public record RoleAdded(String status, UserMini user) {

    public static RoleAdded of(User user) {
        return new RoleAdded("added", UserMini.of(user));
    }
}
