package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Interactions whose effect is recorded, by Discord's interaction id, written in the same
 * transaction as the effect: a second delivery of the same interaction finds its receipt and changes
 * nothing, even when the two arrive at once on different instances (the second insert waits for the
 * first to commit). Kept an hour; Discord gives up on an interaction after 15 minutes.
 * <p>
 * Receipts are no data anybody reads through a cache, so these writes do not advance the data
 * generation.
 */
@ApplicationScoped
public class InteractionReceipts {

    static final Duration KEPT = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    /** Must run inside the transaction of the effect. @return whether this is the interaction's first delivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String interactionId, Instant now) {
        return em.createNativeQuery("INSERT INTO discord_interaction_receipt (interaction_id, received_at) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING")
                .setParameter(1, interactionId).setParameter(2, Timestamp.from(now)).executeUpdate() == 1;
    }

    /** @return how many were forgotten */
    @Transactional
    public int forgetOld(Instant now) {
        return em.createNativeQuery("DELETE FROM discord_interaction_receipt WHERE received_at < ?")
                .setParameter(1, Timestamp.from(now.minus(KEPT))).executeUpdate();
    }
}
