/** Discord as a data source and a channel: avatar refresh jobs, guild data, the interactions webhook, scheduled announcements. */
package gg.pickban.discord;
