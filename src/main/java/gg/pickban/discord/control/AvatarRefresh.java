package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The avatar jobs' bodies (docs/rules.md §8.1): the rotating batch of the 50 least recently checked
 * users, and the walk over every user with a Discord id in pages of 50 by pk (the daily refresh and
 * the on-demand one). One user's failure never stops the others.
 */
@ApplicationScoped
public class AvatarRefresh {

    public static final int BATCH = 50;

    @Inject
    AvatarStore store;

    @Inject
    AvatarCheck check;

    public RefreshSummary batch() {
        return checkAll(AvatarRotation.next(store.batchCandidates(), BATCH), RefreshSummary.empty());
    }

    public RefreshSummary everyone() {
        RefreshSummary summary = RefreshSummary.empty();
        long after = 0;
        for (List<Long> page = store.withDiscordId(after, BATCH); !page.isEmpty(); page = store.withDiscordId(after, BATCH)) {
            summary = checkAll(page, summary);
            after = page.get(page.size() - 1);
        }
        return summary;
    }

    private RefreshSummary checkAll(List<Long> userIds, RefreshSummary summary) {
        for (long userId : userIds) {
            summary = summary.plus(check.checkAndUpdate(userId));
        }
        return summary;
    }
}
