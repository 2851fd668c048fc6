package gg.pickban.platform.boundary;

import gg.pickban.platform.control.BodyTooLarge;
import gg.pickban.platform.control.BoundedBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request body JAX-RS reads, whatever reads it (JSON bodies, the raw bytes of the Discord
 * webhook), stops at {@code pickban.http.max-body-bytes}: past it the request ends in 413 after at
 * most one byte more was read. Declared lengths were already checked by {@link BodyLimit}; this
 * catches bodies without one (chunked).
 */
@Provider
@ApplicationScoped
public class BoundedEntities implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = BodyLimit.KEY, defaultValue = BodyLimit.DEFAULT)
    long limit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new BoundedBody(context.getInputStream(), limit));
        try {
            return context.proceed();
        } catch (BodyTooLarge e) {
            throw new WebApplicationException(BodyLimit.tooLarge(e.limit()));
        }
    }
}
