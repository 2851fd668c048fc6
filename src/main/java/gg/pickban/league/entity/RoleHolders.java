package gg.pickban.league.entity;

import gg.pickban.identity.entity.User;
import java.util.Collection;
import java.util.Set;

/**
 * The admins or the staff of a league or an organization: a set of users that holds each one once,
 * compared by id (a user read in another request is another object with the same id).
 */
final class RoleHolders {

    private RoleHolders() {
    }

    static boolean holds(Set<User> holders, User user) {
        return user != null && holders.stream().anyMatch(holder -> holder.id().equals(user.id()));
    }

    /** Idempotent. */
    static void add(Set<User> holders, User user) {
        if (!holds(holders, user)) {
            holders.add(user);
        }
    }

    static void remove(Set<User> holders, User user) {
        if (user != null) {
            holders.removeIf(holder -> holder.id().equals(user.id()));
        }
    }

    static void replace(Set<User> holders, Collection<User> users) {
        holders.clear();
        users.forEach(user -> add(holders, user));
    }
}
