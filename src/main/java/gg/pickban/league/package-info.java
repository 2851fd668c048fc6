/** Organizations and leagues: who runs what, with their admin and staff roles. */
package gg.pickban.league;
