/** Pickban: the backend of a Dota 2 community league, wire-compatible with the DraftForge frontend. */
package gg.pickban;
