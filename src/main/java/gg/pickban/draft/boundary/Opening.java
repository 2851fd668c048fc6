package gg.pickban.draft.boundary;

/**
 * A socket's first message ({@code initial_events}) and the pk of the newest event it replays: events
 * up to that pk that arrive while it is being read are already in it.
 */
record Opening(String message, long newestEventPk) {
}
