package gg.pickban.league.boundary;

/** {@code {"status": "removed"}}. */
public record RoleRemoved(String status) {

    public static final RoleRemoved ANSWER = new RoleRemoved("removed");
}
