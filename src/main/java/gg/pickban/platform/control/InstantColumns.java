package gg.pickban.platform.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} in a {@code TIMESTAMP WITH TIME ZONE} column. The EclipseLink bundled
 * with Payara would otherwise serialise Instants into bytes.
 */
@Converter(autoApply = true)
public class InstantColumns implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
