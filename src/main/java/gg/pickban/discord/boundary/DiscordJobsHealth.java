package gg.pickban.discord.boundary;

import gg.pickban.discord.control.DiscordJob;
import gg.pickban.discord.control.DiscordJobs;
import gg.pickban.discord.control.JobRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Not alive when an enabled Discord job has not run on this instance for too long — three periods,
 * or 26 h for the daily one: its timer has stopped or a run hangs, and a restart is the cure.
 * A run that found another instance doing the job counts as a run.
 */
@Liveness
@ApplicationScoped
public class DiscordJobsHealth implements HealthCheck {

    @Inject
    DiscordJobs jobs;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("discord-jobs").up();
        if (!jobs.enabled()) {
            return response.withData("jobs", "disabled").build();
        }
        JobRuns runs = jobs.runs();
        for (DiscordJob job : DiscordJob.values()) {
            if (runs.isOverdue(job)) {
                response.down();
            }
            response.withData(job.key(), runs.last(job)
                    .map(run -> run.outcome() + " at " + run.finishedAt() + (runs.isOverdue(job) ? " (overdue)" : ""))
                    .orElse(runs.isOverdue(job) ? "never (overdue)" : "not yet"));
        }
        return response.build();
    }
}
