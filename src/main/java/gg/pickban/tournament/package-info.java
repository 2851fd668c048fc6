/** Tournaments, their registered players, teams and games. */
package gg.pickban.tournament;
