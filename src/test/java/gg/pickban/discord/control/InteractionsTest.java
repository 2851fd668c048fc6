package gg.pickban.discord.control;

import static gg.pickban.discord.control.InteractionTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is answered at once, what goes to the database, and the polite answers for the rest. */
class InteractionsTest {

    private final List<String> recorded = new ArrayList<>();
    private final Interactions interactions = new Interactions();

    InteractionsTest() {
        interactions.siteUrl = "https://league.example/";
        interactions.event = new EventCommand() {
            @Override
            public InteractionAnswer answer(Interaction interaction) {
                recorded.add("event");
                return InteractionAnswer.ephemeral("event done");
            }
        };
        interactions.rsvp = new RsvpClicks() {
            @Override
            public InteractionAnswer click(Interaction interaction, RsvpButton button) {
                recorded.add(button.customId());
                return InteractionAnswer.ephemeral("click done");
            }
        };
    }

    private static String json(InteractionAnswer answer) {
        return answer.toJson().toString();
    }

    @Test
    void aPingIsAnsweredWithAPong() {
        assertEquals("{\"type\":1}", json(interactions.immediate(parse("{\"type\": 1}")).orElseThrow()));
    }

    @Test
    void rolesLinksTheInvokersProfileOnlyForThem() {
        Interaction guild = parse("""
                {"type": 2, "member": {"user": {"id": "243497113906970625", "username": "a"}}, "data": {"name": "roles"}}""");
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Set your roles and positions on your Pickban profile: "
                + "https://league.example/profile?discord_id=243497113906970625\",\"flags\":64}}",
                json(interactions.immediate(guild).orElseThrow()));
        Interaction dm = parse("""
                {"type": 2, "user": {"id": "43", "username": "solo"}, "data": {"name": "roles"}}""");
        assertEquals(true, json(interactions.immediate(dm).orElseThrow()).contains("/profile?discord_id=43\""));
        Interaction nobody = parse("{\"type\": 2, \"data\": {\"name\": \"roles\"}}");
        assertEquals(InteractionAnswer.ephemeral(Interactions.NO_INVOKER), interactions.immediate(nobody).orElseThrow());
        assertEquals(List.of(), recorded);
    }

    @Test
    void theProfileLinkTakesTheSiteUrlAsConfigured() {
        assertEquals("http://127.0.0.1:8080/profile?discord_id=1", Interactions.profileLink("http://127.0.0.1:8080", "1"));
        assertEquals("https://x.example/profile?discord_id=1", Interactions.profileLink(" https://x.example// ", "1"));
    }

    @Test
    void eventAndRsvpClicksGoToTheDatabase() {
        Interaction event = parse("{\"type\": 2, \"data\": {\"name\": \"event\"}}");
        Interaction click = parse("{\"type\": 3, \"data\": {\"custom_id\": \"rsvp:12:maybe\"}}");
        assertEquals(Optional.empty(), interactions.immediate(event));
        assertEquals(Optional.empty(), interactions.immediate(click));
        assertEquals(InteractionAnswer.ephemeral("event done"), interactions.recorded(event));
        assertEquals(InteractionAnswer.ephemeral("click done"), interactions.recorded(click));
        assertEquals(List.of("event", "rsvp:12:maybe"), recorded);
    }

    @Test
    void whatPickbanDoesNotKnowGetsAPoliteNoteOnlyTheInvokerSees() {
        assertEquals(InteractionAnswer.ephemeral(Interactions.UNKNOWN_COMMAND),
                interactions.immediate(parse("{\"type\": 2, \"data\": {\"name\": \"ban\"}}")).orElseThrow());
        assertEquals(InteractionAnswer.ephemeral(Interactions.UNKNOWN_COMMAND), interactions.immediate(parse("{\"type\": 2}")).orElseThrow());
        assertEquals(InteractionAnswer.ephemeral(Interactions.UNKNOWN_COMPONENT),
                interactions.immediate(parse("{\"type\": 3, \"data\": {\"custom_id\": \"vote:1\"}}")).orElseThrow());
        assertEquals(InteractionAnswer.ephemeral(Interactions.UNKNOWN_COMPONENT), interactions.immediate(parse("{\"type\": 3}")).orElseThrow());
        assertEquals(InteractionAnswer.ephemeral(Interactions.UNKNOWN_FORM),
                interactions.immediate(parse("{\"type\": 5, \"data\": {\"custom_id\": \"x\"}}")).orElseThrow());
        assertEquals("{\"type\":4,\"data\":{\"content\":\"Unknown interaction type\"}}",
                json(interactions.immediate(parse("{\"type\": 4}")).orElseThrow()));
        assertEquals(List.of(), recorded);
    }
}
