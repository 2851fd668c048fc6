package gg.pickban.platform.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test-only resource (test logins, seeds, {@code reset-all}). With
 * {@code pickban.test-endpoints.enabled} off such a resource is not deployed at all
 * ({@link TestRoutes}); with it on, {@link TestEndpointsGate} runs for every request routed to it.
 * Both decide on the resource class Jersey matched, never on how the path was spelled.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TestEndpoint {
}
