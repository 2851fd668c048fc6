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

/** Every 300 s: the rotating batch of the 50 least recently checked avatars (docs/rules.md §8.1, docs/decisions.md D43). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction around the job: it calls Discord between its own short transactions
@TransactionManagement(TransactionManagementType.BEAN)
public class AvatarBatchTimer {

    @Inject
    DiscordJobs jobs;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "discord-avatar-batch")
    void onSchedule() {
        jobs.run(DiscordJob.AVATAR_BATCH);
    }
}
