package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;

/** {@code {"status": "transferred", "new_owner": UserMini}}. */
public record OwnershipTransferred(String status, UserMini newOwner) {

    public static OwnershipTransferred to(User newOwner) {
        return new OwnershipTransferred("transferred", UserMini.of(newOwner));
    }
}
