package gg.pickban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's Origin rule for unsafe requests: an {@code Origin} header, when the browser sends one,
 * must be the site's own public origin (as the browser sees it through the proxy) or one of
 * {@code pickban.csrf.trusted-origins}. The API and the staff pages share it.
 */
@ApplicationScoped
public class TrustedOrigins {

    @Inject
    @ConfigProperty(name = "pickban.csrf.trusted-origins")
    Optional<String> trustedOrigins;

    /** @param origin the request's {@code Origin} header; null (not sent) is accepted */
    public boolean accepts(String origin, String publicOrigin) {
        if (origin == null) {
            return true;
        }
        return origin.equals(publicOrigin)
                || Arrays.stream(trustedOrigins.orElse("").split(",")).map(String::trim).anyMatch(origin::equals);
    }
}
