package gg.pickban.discord.control;

import java.time.Duration;

/**
 * Discord's periodic jobs (docs/rules.md §9): how long one run may hold the cluster-wide job lock,
 * and after how long without a run an instance counts as stuck.
 */
public enum DiscordJob {

    AVATAR_BATCH("avatar-batch", Duration.ofMinutes(10), Duration.ofSeconds(3 * 300)),
    AVATAR_FULL("avatar-full", Duration.ofHours(1), Duration.ofHours(26)),
    ANNOUNCEMENTS("announcements", Duration.ofMinutes(2), Duration.ofSeconds(3 * 60)),
    INTERACTION_RECEIPTS("interaction-receipts", Duration.ofMinutes(5), Duration.ofMinutes(3 * 15));

    private final String key;
    private final Duration lockTtl;
    private final Duration overdueAfter;

    DiscordJob(String key, Duration lockTtl, Duration overdueAfter) {
        this.key = key;
        this.lockTtl = lockTtl;
        this.overdueAfter = overdueAfter;
    }

    public String key() {
        return key;
    }

    public Duration lockTtl() {
        return lockTtl;
    }

    public Duration overdueAfter() {
        return overdueAfter;
    }

    public static DiscordJob byKey(String key) {
        for (DiscordJob job : values()) {
            if (job.key.equals(key)) {
                return job;
            }
        }
        return null;
    }
}
