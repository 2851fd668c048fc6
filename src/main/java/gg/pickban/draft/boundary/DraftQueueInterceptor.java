package gg.pickban.draft.boundary;

import gg.pickban.draft.control.DraftQueue;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.platform.boundary.JsonBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;

/**
 * Queues a draft action behind the others on the same draft before {@code @Transactional} begins
 * (it runs outside that interceptor), so waiting holds no database connection. The draft is the
 * body's {@code draft_pk}, or the draft of its {@code draft_round_pk}; a body naming neither goes
 * straight through and is refused by the action itself.
 */
@QueuedPerDraft
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DraftQueueInterceptor {

    @Inject
    DraftQueue queue;

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object inTurn(InvocationContext invocation) throws Exception {
        Optional<Long> draft = Arrays.stream(invocation.getParameters()).filter(JsonBody.class::isInstance)
                .map(body -> ((JsonBody) body).json()).findFirst().flatMap(this::draftOf);
        return draft.isEmpty() ? invocation.proceed() : queue.inTurn(draft.get(), invocation::proceed);
    }

    private Optional<Long> draftOf(JsonObject body) {
        Optional<Long> draft = number(body.get("draft_pk"));
        if (draft.isPresent()) {
            return draft;
        }
        return number(body.get("draft_round_pk")).flatMap(round -> em.createNamedQuery(DraftRound.DRAFT_OF, Long.class)
                .setParameter("round", round).getResultStream().findFirst());
    }

    private static Optional<Long> number(JsonValue value) {
        try {
            if (value instanceof JsonNumber number) {
                return Optional.of(number.longValueExact());
            }
            if (value instanceof JsonString text) {
                return Optional.of(Long.parseLong(text.getString().trim()));
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // not a pk: the action's own validation answers
        }
        return Optional.empty();
    }
}
