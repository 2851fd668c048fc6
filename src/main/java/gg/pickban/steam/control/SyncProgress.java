package gg.pickban.steam.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sync has done so far, kept outside the walk so that whatever ends the walk — a clean stop,
 * a failed page, an exception — the state can be saved from it.
 */
final class SyncProgress {

    private final Long startMark;
    private Long highWaterMark;
    private final List<Long> stored = new ArrayList<>();
    private final List<Long> failed = new ArrayList<>();
    private boolean finished;

    SyncProgress(Long startMark) {
        this.startMark = startMark;
        this.highWaterMark = startMark;
    }

    void stored(long matchId) {
        stored.add(matchId);
        highWaterMark = highWaterMark == null ? matchId : Math.max(highWaterMark, matchId);
    }

    void failed(long matchId) {
        if (!failed.contains(matchId)) {
            failed.add(matchId);
        }
    }

    void finished() {
        finished = true;
    }

    /**
     * The sync ended before its work was done (the database went away while storing or following
     * up): like a walk cut short, it keeps the old mark, so the next sync does this work again.
     */
    void stopped() {
        finished = false;
    }

    /**
     * The high-water mark to save. A walk cut short (a history page that could not be read, an
     * error) has not yet seen every match between the old mark and the new one, so it keeps the
     * old mark: the next sync processes those again (idempotently) instead of skipping them.
     */
    Long markToKeep() {
        return finished ? highWaterMark : startMark;
    }

    boolean isFinished() {
        return finished;
    }

    List<Long> stored() {
        return List.copyOf(stored);
    }

    List<Long> failed() {
        return List.copyOf(failed);
    }
}
