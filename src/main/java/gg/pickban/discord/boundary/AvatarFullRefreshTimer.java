package gg.pickban.discord.boundary;

import gg.pickban.discord.control.DiscordJob;
import gg.pickban.discord.control.DiscordJobs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Daily at 04:00 UTC: every user with a Discord id, in pages of 50 (docs/rules.md §8.1). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction around the job: it calls Discord between its own short transactions
@TransactionManagement(TransactionManagementType.BEAN)
public class AvatarFullRefreshTimer {

    @Inject
    DiscordJobs jobs;

    @Schedule(hour = "4", minute = "0", timezone = "UTC", persistent = false, info = "discord-avatar-full")
    void onSchedule() {
        jobs.run(DiscordJob.AVATAR_FULL);
    }
}
