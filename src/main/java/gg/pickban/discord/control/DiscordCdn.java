package gg.pickban.discord.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether an avatar image still exists on Discord's CDN (docs/rules.md §8.1): one HEAD, 5 s, no retry.
 * {@code pickban.discord.cdn-base} only exists so tests can point the check at a fake; the URLs
 * Pickban shows always name https://cdn.discordapp.com.
 */
@ApplicationScoped
public class DiscordCdn {

    public static final String PUBLIC_BASE = "https://cdn.discordapp.com";
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "pickban.discord.cdn-base", defaultValue = PUBLIC_BASE)
    String cdnBase;

    private HttpClient client;

    @PostConstruct
    void connect() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** @return true only for a 200 answer; any other status or a network error is false */
    public boolean exists(String avatarUrl) {
        String url = avatarUrl.startsWith(PUBLIC_BASE) ? cdnBase.replaceAll("/+$", "") + avatarUrl.substring(PUBLIC_BASE.length())
                : avatarUrl;
        try {
            HttpRequest head = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            return client.send(head, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
