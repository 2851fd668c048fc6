package gg.pickban.discord.control;

import java.util.ArrayList;
import java.util.List;

/** What an avatar job did: {@code {checked, updated, failed, errors[]}}. */
public record RefreshSummary(int checked, int updated, int failed, List<String> errors) {

    private static final int MAX_ERRORS = 20;

    static RefreshSummary empty() {
        return new RefreshSummary(0, 0, 0, List.of());
    }

    RefreshSummary plus(AvatarOutcome outcome) {
        List<String> more = errors;
        if (outcome.error() != null && errors.size() < MAX_ERRORS) {
            more = new ArrayList<>(errors);
            more.add(outcome.error());
        }
        return new RefreshSummary(checked + 1,
                updated + (outcome.kind() == AvatarOutcome.Kind.UPDATED ? 1 : 0),
                failed + (outcome.kind() == AvatarOutcome.Kind.FAILED ? 1 : 0),
                List.copyOf(more));
    }

    @Override
    public String toString() {
        return "{checked: " + checked + ", updated: " + updated + ", failed: " + failed + ", errors: " + errors + "}";
    }
}
