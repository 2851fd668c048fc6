package gg.pickban.herodraft.control;

import jakarta.json.JsonObject;
import java.util.List;

/** One second of a draft as its ticker reads it: the tick message and the captains' seats (§9.2, §9.4). */
public record TickView(JsonObject tick, List<CaptainSeat> captains) {

    boolean isResuming() {
        return "resuming".equals(tick.getString("draft_state", ""));
    }
}
