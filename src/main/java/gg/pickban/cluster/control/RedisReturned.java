package gg.pickban.cluster.control;

/**
 * Redis answers again after trouble and the group bus has subscribed anew: what was published
 * meanwhile may never have arrived, and what Redis held may be gone. Fired on a container thread.
 */
public record RedisReturned() {
}
