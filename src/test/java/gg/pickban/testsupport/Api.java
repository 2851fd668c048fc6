package gg.pickban.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser-like client of one instance: keeps its own cookies and, like the frontend, sends the
 * csrftoken cookie back as X-CSRFToken on unsafe methods.
 */
public final class Api {

    private final AppProcess app;
    private final CookieManager cookies = new BehindTheTlsProxy();
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(30);

    Api(AppProcess app) {
        this.app = app;
        // HTTP/1.1 like a browser on plain http: the JDK's default h2c upgrade puts concurrent requests on one
        // connection, and a flood of them ends in the server's GOAWAY, which no browser would see
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The jar of a browser that reaches the instance through the HTTPS proxy: tests talk plain HTTP
     * and may say {@code X-Forwarded-Proto: https}, and the JDK would never send a Secure cookie back
     * over http. Replies keep the raw Set-Cookie headers for tests that check the attribute.
     */
    private static final class BehindTheTlsProxy extends CookieManager {

        BehindTheTlsProxy() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> plain = new LinkedHashMap<>();
            responseHeaders.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(value -> value.replace("; Secure", "")).toList() : values));
            super.put(uri, plain);
        }
    }

    /** The same cookies, talking to another instance (one browser, two servers behind one URL). */
    public Api on(AppProcess other) {
        Api twin = new Api(other);
        cookies.getCookieStore().getCookies().forEach(cookie -> twin.cookies.getCookieStore().add(other.uri("/"), cookie));
        twin.headers.putAll(headers);
        return twin;
    }

    /** How long one request may take (30 s unless a test floods the server on purpose). */
    public Api timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply send(String method, String path, String body, String contentType) {
        URI uri = app.uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        String csrf = cookie("csrftoken");
        if (!method.equals("GET") && !method.equals("HEAD") && csrf != null && !headers.containsKey("X-CSRFToken")) {
            request.header("X-CSRFToken", csrf);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
