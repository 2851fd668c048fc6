package gg.pickban.herodraft.control;

import java.time.Instant;

/**
 * Which state of which draft: the version moves on with every locked write, the creation time tells
 * a draft from a later one with the same id (a reseed restarts the sequences).
 */
public record DraftStamp(long version, Instant createdAt) {
}
