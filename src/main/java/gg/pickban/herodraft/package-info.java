/** Captains Mode hero drafts for one game: ban/pick state machine, the one-second clock, the live socket. */
package gg.pickban.herodraft;
