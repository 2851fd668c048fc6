package gg.pickban.draft.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gg.pickban.live.control.FakeClient;
import gg.pickban.live.control.SocketOutbox;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A group's sockets on one instance: envelopes become socket messages, and a late one never brings an older state. */
class AudienceTest {

    private final FakeClient client = new FakeClient();
    private final Audience audience = new Audience(Optional::empty);

    AudienceTest() {
        client.autoComplete = true;
        SocketOutbox outbox = new SocketOutbox(client.session(), Runnable::run);
        audience.add(outbox);
        outbox.open("opening", 0);
    }

    @Test
    void anEnvelopeBecomesTheContractsMessage() {
        audience.accept(new DraftEnvelope(12, "{\"pk\":12}", "{\"pk\":3}").encode());
        assertEquals(List.of("opening", "{\"type\":\"draft_event\",\"event\":{\"pk\":12},\"draft_state\":{\"pk\":3}}"), client.sent);
    }

    @Test
    void aMessagePublishedLateCarriesTheNewestStateAlreadySent() {
        audience.accept(new DraftEnvelope(20, "{\"pk\":20}", "{\"after\":20}").encode());
        audience.accept(new DraftEnvelope(18, "{\"pk\":18}", "{\"after\":18}").encode());
        audience.accept(new DraftEnvelope(21, "{\"pk\":21}", "{\"after\":21}").encode());
        assertEquals(List.of("opening",
                "{\"type\":\"draft_event\",\"event\":{\"pk\":20},\"draft_state\":{\"after\":20}}",
                "{\"type\":\"draft_event\",\"event\":{\"pk\":18},\"draft_state\":{\"after\":20}}",
                "{\"type\":\"draft_event\",\"event\":{\"pk\":21},\"draft_state\":{\"after\":21}}"), client.sent);
    }

    @Test
    void envelopesSurviveColonsAndAnythingElseIsNoEnvelope() {
        DraftEnvelope envelope = new DraftEnvelope(5, "{\"a\":\"x:1:y\"}", "{\"b\":\"2:3\"}");
        assertEquals(envelope, DraftEnvelope.decode(envelope.encode()));
        assertNull(DraftEnvelope.decode("{\"type\":\"draft_event\"}"));
        assertNull(DraftEnvelope.decode("5:999:{}"));
        audience.accept("garbage");
        assertEquals(List.of("opening"), client.sent);
    }

    @Test
    void aResynchronisationSendsTheNewestEventWithTheStateReadNowUnlessANewerOneArrived() {
        DraftEnvelope[] stored = {new DraftEnvelope(30, "{\"pk\":30}", "{\"now\":30}")};
        Audience resynchronising = new Audience(() -> Optional.of(stored[0]));
        SocketOutbox outbox = new SocketOutbox(client.session(), Runnable::run);
        resynchronising.add(outbox);
        outbox.open("opening", 0);
        resynchronising.accept(new DraftEnvelope(30, "{\"pk\":30}", "{\"sent\":30}").encode());
        resynchronising.resynchronise();
        resynchronising.accept(new DraftEnvelope(31, "{\"pk\":31}", "{\"sent\":31}").encode());
        stored[0] = new DraftEnvelope(30, "{\"pk\":30}", "{\"read-before\":31}");
        resynchronising.resynchronise();
        assertEquals(List.of(
                "{\"type\":\"draft_event\",\"event\":{\"pk\":30},\"draft_state\":{\"sent\":30}}",
                "{\"type\":\"draft_event\",\"event\":{\"pk\":30},\"draft_state\":{\"now\":30}}",
                "{\"type\":\"draft_event\",\"event\":{\"pk\":31},\"draft_state\":{\"sent\":31}}",
                "{\"type\":\"draft_event\",\"event\":{\"pk\":30},\"draft_state\":{\"sent\":31}}"),
                client.sent.subList(client.sent.size() - 4, client.sent.size()));
    }

    @Test
    void nothingToResynchroniseWithoutAnEvent() {
        int before = client.sent.size();
        audience.resynchronise();
        assertEquals(before, client.sent.size());
    }
}
