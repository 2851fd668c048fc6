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

/** Every 60 s: post the scheduled announcements that are due (docs/rules.md §8.4). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction around the job: it calls Discord between its own short transactions
@TransactionManagement(TransactionManagementType.BEAN)
public class AnnouncementTimer {

    @Inject
    DiscordJobs jobs;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "discord-announcements")
    void onSchedule() {
        jobs.run(DiscordJob.ANNOUNCEMENTS);
    }
}
