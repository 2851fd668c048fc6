/** Steam: the Web API client, league match sync, per-league player stats and league MMR, and linking Steam matches to tournament games. */
package gg.pickban.steam;
