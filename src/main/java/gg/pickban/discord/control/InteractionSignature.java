package gg.pickban.discord.control;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Discord's signature on an interaction webhook (docs/rules.md §8.3): Ed25519 over the timestamp's bytes
 * followed by the raw body, checked against the application's public key (32 bytes, hex) with the
 * JDK's own Ed25519. Anything missing or malformed is simply "not valid". The timestamp (Unix
 * seconds) must lie within {@link #TOLERANCE} of our clock either way, so a captured interaction
 * cannot be replayed later.
 */
public final class InteractionSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private InteractionSignature() {
    }

    public static boolean isFresh(String timestamp, Instant now) {
        if (timestamp == null || !timestamp.strip().matches("[0-9]{1,12}")) {
            return false;
        }
        long offset = Math.abs(now.getEpochSecond() - Long.parseLong(timestamp.strip()));
        return offset <= TOLERANCE.toSeconds();
    }

    public static boolean isValid(String publicKeyHex, String signatureHex, String timestamp, byte[] body) {
        if (publicKeyHex == null || signatureHex == null || timestamp == null || body == null) {
            return false;
        }
        try {
            byte[] signature = HexFormat.of().parseHex(signatureHex.trim());
            if (signature.length != 64) {
                return false;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(HexFormat.of().parseHex(publicKeyHex.trim())));
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * RFC 8032 encoding → JDK key: the 32 bytes are y little-endian, with the top bit of the last
     * byte carrying whether x is odd.
     */
    static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        if (encoded.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = encoded[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, bigEndian));
        return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}
