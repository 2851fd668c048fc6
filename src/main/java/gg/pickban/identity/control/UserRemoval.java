package gg.pickban.identity.control;

/**
 * Fired, inside the deleting transaction, just before a user row goes away, so the components
 * holding the user's memberships can clean up or refuse (docs/rules.md §3.1).
 */
public record UserRemoval(long userId) {
}
