package gg.pickban.platform.boundary;

import gg.pickban.platform.control.ContractInstant;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the contract writes it: snake_case keys (camelCase exceptions are annotated on the
 * records), nulls written out rather than omitted, datetimes in the contract's UTC form.
 */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true)
            .withSerializers(new ContractInstant()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static Jsonb jsonb() {
        return JSONB;
    }
}
