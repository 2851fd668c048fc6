package gg.pickban.discord.boundary;

import gg.pickban.discord.control.Interaction;
import gg.pickban.discord.control.InteractionAnswer;
import gg.pickban.discord.control.InteractionWebhook;
import gg.pickban.platform.control.DatabaseOutage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Discord waits 3 s for an interaction's first answer. Work that touches the database runs on a
 * managed thread; when it is not done within {@link #BUDGET} (a lock held by another click, a busy
 * pool) the answer is a deferral instead, and the work's own answer follows through the interaction's
 * webhook once it is done. A failure becomes an apology only the invoker sees, never a 5xx.
 */
@ApplicationScoped
public class InteractionDeadline {

    /** Leaves a second of the 3 s for the network between Discord and us. */
    static final Duration BUDGET = Duration.ofSeconds(2);
    static final String FAILED = "Sorry, something went wrong on our side. Please try again in a moment.";
    private static final Logger LOG = Logger.getLogger(InteractionDeadline.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    InteractionWebhook webhook;

    public InteractionAnswer answer(Interaction interaction, Supplier<InteractionAnswer> work) {
        CompletableFuture<InteractionAnswer> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> safely(interaction, work), executor);
        } catch (RejectedExecutionException e) {
            LOG.warning("Interaction " + interaction.id() + " refused: no managed thread free");
            return InteractionAnswer.ephemeral(FAILED);
        }
        try {
            return answer.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info(() -> "Interaction " + interaction.id() + " deferred: not answered within " + BUDGET.toMillis() + " ms");
            answer.thenAcceptAsync(late -> webhook.finish(interaction, late), executor);
            return InteractionAnswer.deferral(interaction.type());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return InteractionAnswer.ephemeral(FAILED);
        } catch (ExecutionException e) {
            return InteractionAnswer.ephemeral(FAILED);
        }
    }

    private static InteractionAnswer safely(Interaction interaction, Supplier<InteractionAnswer> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (DatabaseOutage.caused(e)) {
                LOG.warning(() -> "Interaction " + interaction.id() + " not handled, the database is unavailable ("
                        + DatabaseOutage.reason(e) + ")");
            } else {
                LOG.log(Level.WARNING, "Interaction " + interaction.id() + " failed", e);
            }
            return InteractionAnswer.ephemeral(FAILED);
        }
    }
}
