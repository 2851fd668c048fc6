package gg.pickban.platform.control;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes an instant the way the DraftForge backend did: UTC, suffix Z, seconds always present and
 * microseconds (six digits) only when non-zero — {@code 2026-01-21T18:00:00Z},
 * {@code 2026-01-21T18:00:00.123456Z}.
 */
public class ContractInstant implements JsonbSerializer<Instant> {

    private static final DateTimeFormatter WHOLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    public static String format(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return (micros.getNano() == 0 ? WHOLE : MICROS).format(micros);
    }

    @Override
    public void serialize(Instant instant, JsonGenerator generator, SerializationContext context) {
        generator.write(format(instant));
    }
}
