package gg.pickban.platform.control;

import java.lang.reflect.Field;
import java.sql.Types;
import java.time.Instant;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Declares every column behind an {@link Instant} (see {@link InstantColumns}) a JDBC TIMESTAMP.
 * EclipseLink then reads it with {@code getTimestamp} on every database: the embedded H2 reports
 * {@code TIMESTAMP WITH TIME ZONE} as a type of its own and hands out an {@code OffsetDateTime},
 * which the converter cannot take. PostgreSQL already reports TIMESTAMP, so nothing changes there.
 */
public class InstantColumnTypes implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping.isDirectToFieldMapping() && isInstant(descriptor.getJavaClass(), mapping.getAttributeName())) {
                    mapping.getField().setSqlType(Types.TIMESTAMP);
                }
            }
        }
    }

    private static boolean isInstant(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(attribute);
                return field.getType() == Instant.class;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return false;
    }
}
