package gg.pickban.discord.control;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last run of each Discord job on this instance. A run counts whether this instance did the
 * work or found another one doing it: either way its scheduler is alive. A job is overdue when
 * neither has happened for longer than {@link DiscordJob#overdueAfter()} since start-up.
 */
public class JobRuns {

    /** {@code outcome}: {@code ran}, {@code failed} or {@code elsewhere}; {@code summary} only when it ran. */
    public record Run(Instant finishedAt, String outcome, String summary) {
    }

    private final Clock clock;
    private final Instant startedAt;
    private final Map<DiscordJob, Run> last = new EnumMap<>(DiscordJob.class);

    public JobRuns(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public synchronized void record(DiscordJob job, String outcome, String summary) {
        last.put(job, new Run(clock.instant(), outcome, summary));
    }

    public synchronized Optional<Run> last(DiscordJob job) {
        return Optional.ofNullable(last.get(job));
    }

    public synchronized boolean isOverdue(DiscordJob job) {
        Instant since = last(job).map(Run::finishedAt).orElse(startedAt);
        return clock.instant().isAfter(since.plus(job.overdueAfter()));
    }
}
