package gg.pickban.draft.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Nested users as UserMini: one may be null; lists are by user pk (docs/api.md §2). */
final class UserMinis {

    private UserMinis() {
    }

    static UserMini of(User user) {
        return user == null ? null : UserMini.of(user);
    }

    static List<UserMini> of(Collection<User> users) {
        return users.stream().sorted(Comparator.comparing(User::id)).map(UserMini::of).toList();
    }
}
