/** Discord as a data source and a channel: avatar refresh jobs, guild data, scheduled announcements with RSVP buttons, and the bot itself as an interactions webhook (slash commands, button clicks). */
package gg.pickban.discord;
