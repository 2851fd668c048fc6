package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.Actor;
import gg.pickban.herodraft.entity.HeroDraft;
import java.time.Instant;
import java.util.List;

/** One state-changing handler's rule on a locked draft: records its events, adds its announcements, answers whether the clock starts. */
@FunctionalInterface
public interface HeroDraftAction {

    boolean apply(HeroDraft draft, Actor actor, Instant now, List<HeroDraftEventMessage> out);
}
