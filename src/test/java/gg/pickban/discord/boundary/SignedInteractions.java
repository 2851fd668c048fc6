package gg.pickban.discord.boundary;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord's side of the interactions webhook: an Ed25519 key pair made here (the public half is what
 * Pickban is configured with), interaction payloads, and signed deliveries of them.
 */
final class SignedInteractions {

    /** Someone in the guild: id, username, guild nickname (may be null). */
    record Member(String id, String username, String nick) {

        String json() {
            return """
                    {"user": {"id": "%s", "username": "%s", "global_name": null, "discriminator": "0"}, "nick": %s, "roles": []}"""
                    .formatted(id, username, nick == null ? "null" : "\"" + nick + "\"");
        }
    }

    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SNOWFLAKES = new AtomicLong((System.currentTimeMillis() - DISCORD_EPOCH) << 22);

    private final KeyPair keys;
    private final String applicationId;

    SignedInteractions(String applicationId) {
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.applicationId = applicationId;
    }

    /** What Discord shows as the application's public key: the 32 raw bytes, the tail of the X.509 encoding. */
    String publicKeyHex() {
        byte[] x509 = keys.getPublic().getEncoded();
        return HexFormat.of().formatHex(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    /** A fresh Discord id (interactions, users, channels, messages). */
    static String snowflake() {
        return Long.toString(SNOWFLAKES.addAndGet(1 + (1L << 12)));
    }

    String command(String id, String token, String channelId, Member member, String name, String optionsJson) {
        return """
                {"id": "%s", "application_id": "%s", "type": 2, "token": "%s", "version": 1, "guild_id": "%s",
                 "channel_id": "%s", "member": %s, "data": {"id": "1", "name": "%s", "type": 1, "options": %s}}"""
                .formatted(id, applicationId, token, DiscordInstances.GUILD_ID, channelId, member.json(), name, optionsJson);
    }

    String click(String id, String token, String channelId, String messageId, Member member, String customId) {
        return """
                {"id": "%s", "application_id": "%s", "type": 3, "token": "%s", "version": 1, "guild_id": "%s",
                 "channel_id": "%s", "member": %s, "message": {"id": "%s", "channel_id": "%s", "type": 0},
                 "data": {"custom_id": "%s", "component_type": 2}}"""
                .formatted(id, applicationId, token, DiscordInstances.GUILD_ID, channelId, member.json(), messageId, channelId,
                        customId);
    }

    /** Delivers the body signed with a timestamp of now. */
    Reply send(AppProcess app, String body) {
        return send(app, body, Instant.now());
    }

    Reply send(AppProcess app, String body, Instant timestamp) {
        String seconds = Long.toString(timestamp.getEpochSecond());
        return app.api().header("X-Signature-Ed25519", sign(seconds, body)).header("X-Signature-Timestamp", seconds)
                .post("/api/discord/interactions/", body);
    }

    private String sign(String timestamp, String body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signer.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
