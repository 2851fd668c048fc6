package gg.pickban.steam.control;

import jakarta.json.JsonObject;
import java.time.Duration;

/** One exchange with Steam, classified the way the retry rules need it (docs/decisions.md D36). */
sealed interface SteamReply {

    /** A 2xx answer with a JSON object body. */
    record Answered(JsonObject body) implements SteamReply {
    }

    /** Network error, timeout, 429 or 5xx: worth another attempt, after at least {@code retryAfter} if Steam said so. */
    record Transient(String reason, Duration retryAfter) implements SteamReply {
    }

    /** Any other failure (other 4xx, unreadable body, no key): retrying cannot help. */
    record Refused(String reason) implements SteamReply {
    }
}
