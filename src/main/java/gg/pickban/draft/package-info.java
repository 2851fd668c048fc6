/** The player draft: captains pick the tournament's players into teams, round by round, watched live over WebSockets. */
package gg.pickban.draft;
