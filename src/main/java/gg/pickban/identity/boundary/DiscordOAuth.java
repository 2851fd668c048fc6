package gg.pickban.identity.boundary;

import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuthResponseException;
import gg.pickban.identity.control.DiscordAccount;
import gg.pickban.platform.boundary.PublicOrigin;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.exception.HttpCommunicationException;
import org.pac4j.core.exception.http.WithLocationAction;
import org.pac4j.core.http.callback.NoParameterCallbackUrlResolver;
import org.pac4j.core.util.generator.RandomValueGenerator;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.oauth.client.GenericOAuth20Client;
import org.pac4j.oauth.credentials.OAuth20Credentials;
import org.pac4j.oauth.profile.OAuth20Profile;
import org.pac4j.oauth.profile.creator.OAuth20ProfileCreator;
import org.pac4j.scribe.builder.api.GenericApi20;

/**
 * Discord's OAuth 2.0 authorization-code flow through pac4j (docs/api.md §4, login): the
 * authorize redirect with a single-use state, then state check, token exchange and profile read,
 * translated into a {@link DiscordAccount}. Every failure is logged here, without tokens.
 */
@ApplicationScoped
public class DiscordOAuth {

    private static final String CALLBACK_PATH = "/complete/discord/";
    /** Where the browser goes after the login, kept beside the OAuth state (only a checked {@link ReturnPath}). */
    private static final String RETURN_PATH = "pickban.return-path";

    private static final Logger LOG = Logger.getLogger(DiscordOAuth.class.getName());
    // pac4j logs every fetched profile at INFO; held here so the quieter level sticks to the logger
    private static final Logger PROFILE_DUMP = Logger.getLogger(OAuth20ProfileCreator.class.getName());
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "pickban.discord.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "pickban.discord.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "pickban.discord.api-base", defaultValue = "https://discord.com/api")
    String apiBase;

    @Inject
    DiscordStateStore states;

    @Inject
    Clock clock;

    private GenericOAuth20Client client;

    @PostConstruct
    void configure() {
        PROFILE_DUMP.setLevel(Level.WARNING);
        if (clientId.filter(id -> !id.isBlank()).isEmpty() || clientSecret.filter(s -> !s.isBlank()).isEmpty()) {
            LOG.warning("Discord login is off: pickban.discord.client-id and pickban.discord.client-secret are not both set");
            return;
        }
        String base = apiBase.replaceAll("/+$", "");
        GenericOAuth20Client discord = new GenericOAuth20Client();
        discord.setName("discord");
        discord.setKey(clientId.get().trim());
        discord.setSecret(clientSecret.get().trim());
        discord.setAuthUrl(base + "/oauth2/authorize");
        discord.setTokenUrl(base + "/oauth2/token");
        discord.setProfileUrl(base + "/users/@me");
        discord.setProfileId("id");
        discord.setProfileAttrs(Map.of("username", "username", "global_name", "global_name", "avatar", "avatar"));
        discord.setScope("identify");
        discord.setWithState(true);
        discord.setClientAuthenticationMethod(GenericApi20.REQUEST_BODY_AUTHENTICATION_METHOD);
        // redirect_uri = the browser's origin (proxy headers honoured) + the callback path, nothing appended
        discord.setCallbackUrl(CALLBACK_PATH);
        discord.setCallbackUrlResolver(new NoParameterCallbackUrlResolver());
        discord.setUrlResolver((path, context) -> PublicOrigin.of(((JEEContext) context).getNativeRequest()) + path);
        // a failed attempt must not turn the next /login/discord/ into a 401
        discord.setCheckAuthenticationAttempt(false);
        discord.getConfiguration().setStateGenerator(new RandomValueGenerator(32));
        discord.getConfiguration().setHttpClientConfig(JDKHttpClientConfig.defaultConfig()
                .withConnectTimeout(TIMEOUT_MILLIS).withReadTimeout(TIMEOUT_MILLIS));
        discord.init();
        client = discord;
    }

    /**
     * Step 1: where to send the browser; the state it carries is kept for the callback, and so is
     * the page to return to after it, if any.
     */
    public Optional<String> authorizationUrl(HttpServletRequest request, HttpServletResponse response,
            Optional<String> returnPath) {
        if (client == null) {
            LOG.warning("Discord login requested, but it is not configured");
            return Optional.empty();
        }
        try {
            CallContext context = context(request, response);
            Optional<String> location = client.getRedirectionAction(context)
                    .map(action -> ((WithLocationAction) action).getLocation());
            states.set(context.webContext(), RETURN_PATH, location.flatMap(l -> returnPath).orElse(null));
            return location;
        } catch (RuntimeException e) {
            LOG.warning("Discord login cannot start: " + describe(e));
            return Optional.empty();
        }
    }

    /** The page the login of this browser was started for; read it before {@link #complete}, which forgets it. */
    public Optional<String> returnPath(HttpServletRequest request, HttpServletResponse response) {
        if (client == null) {
            return Optional.empty();
        }
        CallContext context = context(request, response);
        return states.get(context.webContext(), RETURN_PATH).map(String::valueOf).flatMap(ReturnPath::of);
    }

    /** Step 2: the Discord account behind the callback, or empty when nobody is to be logged in. */
    public Optional<DiscordAccount> complete(HttpServletRequest request, HttpServletResponse response) {
        if (client == null) {
            LOG.warning("Discord login callback, but Discord login is not configured");
            return Optional.empty();
        }
        CallContext context = context(request, response);
        String step = "state check";
        try {
            Optional<Credentials> code = client.getCredentials(context);
            if (code.isEmpty()) {
                LOG.info("Discord login not completed: " + refusal(request));
                return Optional.empty();
            }
            step = "token exchange";
            OAuth20Credentials tokens = (OAuth20Credentials) client.validateCredentials(context, code.get()).orElseThrow();
            step = "profile call";
            OAuth20Profile profile = (OAuth20Profile) client.getUserProfile(context, tokens).orElseThrow();
            return Optional.of(account(profile, tokens));
        } catch (RuntimeException e) {
            LOG.warning("Discord login failed at the " + step + ": " + describe(e));
            return Optional.empty();
        } finally {
            states.destroySession(context.webContext());
        }
    }

    private DiscordAccount account(OAuth20Profile profile, OAuth20Credentials tokens) {
        String username = (String) profile.getAttribute("username");
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("the Discord profile has no username");
        }
        Integer expiresIn = tokens.toAccessToken().getExpiresIn();
        Instant expiresAt = expiresIn == null ? null : clock.instant().plusSeconds(expiresIn);
        return new DiscordAccount(profile.getId(), username, (String) profile.getAttribute("global_name"),
                (String) profile.getAttribute("avatar"), profile.getAccessToken(), profile.getRefreshToken(), expiresAt);
    }

    private CallContext context(HttpServletRequest request, HttpServletResponse response) {
        return new CallContext(new JEEContext(request, response), states);
    }

    /** Why pac4j found no code to exchange, in the order it checks. */
    private static String refusal(HttpServletRequest request) {
        if (request.getParameter("error") != null) {
            return "Discord answered error=" + printable(request.getParameter("error"));
        }
        if (request.getParameter("state") == null) {
            return "no state parameter";
        }
        if (request.getParameter("code") == null) {
            return "no code parameter";
        }
        return "the state does not match the one stored for this browser (expired, already used or forged)";
    }

    /**
     * Exception classes, HTTP statuses, connection and database errors; never other messages, which
     * may quote a token (pac4j puts the access token into some of its own).
     */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t == failure ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof HttpCommunicationException http && http.getCode() != 0) {
                text.append(" HTTP ").append(http.getCode());
            } else if (t instanceof HttpCommunicationException http && http.getMessage().startsWith("Error getting")) {
                text.append(": ").append(printable(http.getMessage()));
            } else if (t instanceof OAuthResponseException oauth && oauth.getResponse() != null) {
                text.append(" HTTP ").append(oauth.getResponse().getCode());
            } else if (t instanceof IOException || t instanceof SQLException) {
                text.append(": ").append(printable(t.getMessage()));
            }
        }
        return text.toString();
    }

    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }
}
