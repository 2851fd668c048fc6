package gg.pickban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers are believed
 * ({@code pickban.http.trusted-proxies}). Anyone can send those headers; only a trusted peer's are
 * taken, and of {@code X-Forwarded-For} only the part the trusted proxies appended: the client is
 * the right-most address that is not itself a trusted proxy.
 */
@ApplicationScoped
public class TrustedProxies {

    static final String DEFAULT = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16";

    @Inject
    @ConfigProperty(name = "pickban.http.trusted-proxies", defaultValue = DEFAULT)
    List<String> trustedProxies;

    private volatile Networks networks;

    public TrustedProxies() {
    }

    TrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public boolean trusts(String peer) {
        return networks().contains(peer);
    }

    /** The address of the client: the peer itself unless a trusted proxy forwarded for someone. */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String clientAddress(String peer, List<String> forwardedForHeaders) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusts(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    /** Whether the browser's connection is HTTPS: the request's own, or as a trusted proxy says. */
    public boolean httpsToBrowser(HttpServletRequest request) {
        return httpsToBrowser(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    boolean httpsToBrowser(boolean secure, String peer, String forwardedProto) {
        if (secure) {
            return true;
        }
        if (forwardedProto == null || !trusts(peer)) {
            return false;
        }
        return forwardedProto.split(",")[0].trim().equalsIgnoreCase("https");
    }

    private Networks networks() {
        Networks parsed = networks;
        if (parsed == null) {
            parsed = Networks.parse(trustedProxies == null ? List.of(DEFAULT.split(",")) : trustedProxies);
            networks = parsed;
        }
        return parsed;
    }
}
