import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** One browser: its cookies, sent back with every request, and the CSRF header on unsafe ones. */
final class BrowserSession {

    private final String base;
    private final Properties cookies = new Properties();

    BrowserSession(String base) {
        this.base = base;
    }

    static BrowserSession load(String base, Path jar) throws IOException {
        BrowserSession session = new BrowserSession(base);
        try (var in = Files.newBufferedReader(jar)) {
            session.cookies.load(in);
        }
        return session;
    }

    static BrowserSession loginAs(String base, long user) throws IOException {
        BrowserSession session = new BrowserSession(base);
        session.expect(session.post("/api/tests/login-as/", "{\"user_pk\": " + user + "}", base), 200);
        return session;
    }

    String cookie(String name) {
        return cookies.getProperty(name);
    }

    void save(Path jar) throws IOException {
        try (var out = Files.newBufferedWriter(jar)) {
            cookies.store(out, "server-check session");
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        return keep(PickbanProbe.send(request(path).GET()));
    }

    HttpResponse<String> post(String path, String json, String origin) throws IOException {
        HttpRequest.Builder request = request(path).header("Origin", origin).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (cookies.containsKey("csrftoken")) {
            request.header("X-CSRFToken", cookies.getProperty("csrftoken"));
        }
        return keep(PickbanProbe.send(request));
    }

    void expect(HttpResponse<String> reply, int status) {
        PickbanProbe.check(reply.statusCode() == status, reply.request().method() + " " + reply.uri().getPath() + ": expected " + status
                + ", got " + reply.statusCode() + " " + reply.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        return request;
    }

    private HttpResponse<String> keep(HttpResponse<String> reply) {
        for (String setCookie : reply.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.setProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return reply;
    }
}
