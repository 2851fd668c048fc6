package gg.pickban.herodraft.entity;

/**
 * Who asks for a hero-draft action: the user's pk and name, whether they are Staff, and whether they
 * are HDSupervisor of this draft (Staff, or LeagueStaff of its tournament's league; docs/rules.md §2.2).
 * Whether they captain one of its teams the draft decides itself.
 */
public record Actor(long userId, String username, boolean staff, boolean supervisor) {
}
