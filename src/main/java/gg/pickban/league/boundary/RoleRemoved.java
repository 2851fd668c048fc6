package gg.pickban.league.boundary;

/** {@code {"status": "removed"}} (league.md §2.3, §3.3). */
public record RoleRemoved(String status) {

    public static final RoleRemoved ANSWER = new RoleRemoved("removed");
}
