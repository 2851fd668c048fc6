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

/** Every 15 minutes: forget the interaction receipts older than an hour. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction around the job: the purge opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class InteractionReceiptsTimer {

    @Inject
    DiscordJobs jobs;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "discord-interaction-receipts")
    void onSchedule() {
        jobs.run(DiscordJob.INTERACTION_RECEIPTS);
    }
}
